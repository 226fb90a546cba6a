package de.ladewerk.gateway.connection;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.HandlerRegistry;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.error.OcppException;
import de.ladewerk.ocpp.frame.Frame;
import de.ladewerk.ocpp.registry.PayloadCodec;
import io.vertx.core.Future;
import de.ladewerk.gateway.database.DatabaseUnavailableException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a station's CALL gets: NotImplemented for an action the version does not have,
 * NotSupported for one Ladewerk does not handle, SecurityError before the station is accepted,
 * the validator's error for a bad payload, otherwise the handler's answer.
 */
final class CallDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(CallDispatcher.class);
    private static final String BOOT_NOTIFICATION = "BootNotification";

    private final StationSession session;
    private final HandlerRegistry handlers;
    private final PayloadCodec payloads;

    CallDispatcher(StationSession session, HandlerRegistry handlers, PayloadCodec payloads) {
        this.session = session;
        this.handlers = handlers;
        this.payloads = payloads;
    }

    Future<JsonNode> dispatch(Frame.Call call) {
        if (handlers.actions().find(call.action()).isEmpty()) {
            return fail(ErrorKind.NOT_IMPLEMENTED, "unknown action " + call.action() + " in "
                    + session.version().subprotocol());
        }
        Optional<HandlerRegistry.Entry<?, ?>> entry = handlers.find(call.action());
        if (entry.isEmpty()) {
            return fail(ErrorKind.NOT_SUPPORTED, call.action() + " is not supported by this CSMS");
        }
        if (session.registration() != RegistrationStatus.ACCEPTED && !BOOT_NOTIFICATION.equals(call.action())) {
            return fail(ErrorKind.SECURITY_ERROR, "station is not accepted (" + session.registration()
                    + "): only BootNotification is allowed");
        }
        try {
            return handle(entry.get(), call.payload());
        } catch (OcppException e) {
            return Future.failedFuture(e);
        }
    }

    private <Q, R> Future<JsonNode> handle(HandlerRegistry.Entry<Q, R> entry, JsonNode payload) {
        Q request = payloads.decode(payload, entry.descriptor().requestType());
        CallHandler<Q, R> handler = entry.handler();
        return handler.handle(session, request).map(payloads::encode);
    }

    private static Future<JsonNode> fail(ErrorKind kind, String description) {
        return Future.failedFuture(new OcppException(kind, description));
    }

    /** The CallError a failure becomes; unexpected failures are logged and answered as InternalError. */
    static OcppException asOcppException(String stationId, String action, Throwable t) {
        if (t instanceof OcppException o) {
            return o;
        }
        if (unavailable(t)) {
            // 1.6 and 2.0.1 have no "try again" code: InternalError, and the description says it (no log line per call)
            return new OcppException(ErrorKind.INTERNAL_ERROR, "the CSMS database is unavailable: " + action
                    + " was not stored, please retry later");
        }
        LOG.warn("{}: {} failed: {}", stationId, action, t.toString());
        return new OcppException(ErrorKind.INTERNAL_ERROR, "the CSMS could not process " + action
                + "; nothing was stored, please retry");
    }

    /** The write pipeline fails what it cannot store for an unreachable database with this exception. */
    private static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
