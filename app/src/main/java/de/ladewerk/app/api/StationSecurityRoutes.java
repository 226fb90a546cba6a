package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.security.SecurityServices;
import de.ladewerk.gateway.security.StationCaller;
import de.ladewerk.gateway.security.StationOfflineException;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.OcppException;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v201.provisioning.SetNetworkProfileRequest;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A station's security, for operators: rotate its Basic-auth password, set the lowest security profile
 * it may connect with, see, install and renew its certificates. Each exchange with the station is in the
 * command audit as requested by the operator, and in the security services' own records.
 * <ul>
 *   <li>{@code POST /api/stations/{id}/password-rotation}</li>
 *   <li>{@code PUT /api/stations/{id}/security-profile} with {@code {"profile": 1|2|3}}</li>
 *   <li>{@code POST /api/stations/{id}/security-profile/upgrade}: asks the connected station to move up; 1.6 with
 *       {@code {"profile": 2|3}} (ChangeConfiguration SecurityProfile), 2.0.1 with a SetNetworkProfile request
 *       {@code {"configurationSlot", "connectionData"}}. Accepted, the profile is pending until the station
 *       reconnects with it.</li>
 *   <li>{@code GET /api/stations/{id}/certificates}</li>
 *   <li>{@code POST /api/stations/{id}/certificates} with {@code {"certificateType", "certificate"}} (PEM)</li>
 *   <li>{@code POST /api/stations/{id}/certificates/renew}</li>
 * </ul>
 */
public final class StationSecurityRoutes implements ApiRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(StationSecurityRoutes.class);

    private final SecurityServices security;

    public StationSecurityRoutes(SecurityServices security) {
        this.security = security;
    }

    @Override
    public void mount(Router router, Api api) {
        router.post("/api/stations/:id/password-rotation").handler(ctx ->
                answer(ctx, "password rotation", () -> security.passwords().rotate(ctx.pathParam("id"))));
        router.put("/api/stations/:id/security-profile").handler(BodyHandler.create().setBodyLimit(4096))
                .handler(this::setProfile);
        router.post("/api/stations/:id/security-profile/upgrade").handler(BodyHandler.create().setBodyLimit(8192))
                .handler(this::upgradeProfile);
        router.get("/api/stations/:id/certificates").handler(ctx -> security.certificateCommands()
                .installed(ctx.pathParam("id"))
                .onSuccess(list -> Api.json(ctx, 200, Map.of("stationId", ctx.pathParam("id"), "items", list)))
                .onFailure(ctx::fail));
        router.post("/api/stations/:id/certificates").handler(BodyHandler.create().setBodyLimit(64 * 1024))
                .handler(this::install);
        router.post("/api/stations/:id/certificates/renew").handler(ctx ->
                answer(ctx, "certificate renewal", () -> security.certificateCommands().renew(ctx.pathParam("id"))));
    }

    private void setProfile(RoutingContext ctx) {
        JsonNode body = body(ctx);
        if (body == null) {
            return;
        }
        JsonNode profile = body.get("profile");
        if (profile == null || !profile.isInt() || profile.asInt() < 1 || profile.asInt() > 3) {
            Api.error(ctx, 400, "bad_request", "profile must be 1, 2 or 3");
            return;
        }
        String id = ctx.pathParam("id");
        security.profiles().set(id, profile.asInt()).onSuccess(found -> {
            if (found) {
                LOG.info("{} set the security profile of {} to {}", Api.principal(ctx), id, profile.asInt());
                Api.json(ctx, 200, Map.of("stationId", id, "securityProfile", profile.asInt()));
            } else {
                Api.error(ctx, 404, "station_not_found", "no station " + id);
            }
        }).onFailure(ctx::fail);
    }

    private void upgradeProfile(RoutingContext ctx) {
        JsonNode body = body(ctx);
        if (body == null) {
            return;
        }
        String id = ctx.pathParam("id");
        if (body.has("connectionData")) {
            SetNetworkProfileRequest request;
            try {
                request = new PayloadCodec(OcppVersion.V201).decode(body, SetNetworkProfileRequest.class);
            } catch (OcppException e) {
                Api.error(ctx, 400, "bad_request", "not a SetNetworkProfile request: " + e.getMessage());
                return;
            }
            answer(ctx, "security profile upgrade", () -> security.profiles().upgrade201(id,
                    request.configurationSlot(), request.connectionData()));
        } else if (body.path("profile").isInt()) {
            answer(ctx, "security profile upgrade", () -> security.profiles().upgrade16(id, body.get("profile").asInt()));
        } else {
            Api.error(ctx, 400, "bad_request", "needs {\"profile\": 2|3} (OCPP 1.6) or {\"configurationSlot\", "
                    + "\"connectionData\"} (OCPP 2.0.1 SetNetworkProfile)");
        }
    }

    private void install(RoutingContext ctx) {
        JsonNode body = body(ctx);
        if (body == null) {
            return;
        }
        String type = body.path("certificateType").asText(null);
        String pem = body.path("certificate").asText(null);
        if (type == null || pem == null || !pem.contains("-----BEGIN CERTIFICATE-----")) {
            Api.error(ctx, 400, "bad_request", "needs certificateType (e.g. CSMSRootCertificate) and certificate "
                    + "(one PEM-encoded X.509 certificate)");
            return;
        }
        answer(ctx, "certificate installation", () -> security.certificateCommands().install(ctx.pathParam("id"), type, pem));
    }

    private static <T> void answer(RoutingContext ctx, String what, Supplier<Future<T>> action) {
        String id = ctx.pathParam("id");
        Future<T> outcome;
        try {
            outcome = StationCaller.onBehalfOf(Api.principal(ctx), action);
        } catch (RuntimeException e) {
            // the services check some things (is the station connected?) before they return a future
            outcome = Future.failedFuture(e);
        }
        outcome.onSuccess(result -> {
            LOG.info("{} asked for the {} of {}", Api.principal(ctx), what, id);
            Api.json(ctx, 200, result);
        }).onFailure(e -> {
            if (e instanceof StationOfflineException) {
                Api.error(ctx, 409, "station_offline", e.getMessage());
            } else if (e instanceof IllegalArgumentException) {
                Api.error(ctx, 400, "bad_request", e.getMessage());
            } else {
                ctx.fail(e);
            }
        });
    }

    /** The body as a JSON object, or {@code null} after answering 400 with what is wrong with it. */
    private static JsonNode body(RoutingContext ctx) {
        try {
            JsonNode body = CommandViews.body(ctx);
            if (!body.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object");
            }
            return body;
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return null;
        }
    }
}
