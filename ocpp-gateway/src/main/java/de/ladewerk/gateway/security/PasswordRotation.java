package de.ladewerk.gateway.security;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.v16.core.ChangeConfigurationRequest;
import de.ladewerk.ocpp.v16.core.ChangeConfigurationResponse;
import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.v201.provisioning.SetVariableData;
import de.ladewerk.ocpp.v201.provisioning.SetVariablesRequest;
import de.ladewerk.ocpp.v201.provisioning.SetVariablesResponse;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotates a station's Basic-auth password: Ladewerk generates a strong one, sends it — 2.0.1 SetVariables
 * SecurityCtrlr.BasicAuthPassword (16–40 characters), 1.6 ChangeConfiguration AuthorizationKey (the
 * password's 20 bytes as 40 hex digits) — and stores it sealed ({@link SealedSecrets}: HMAC-SHA-256 under the
 * server secret, enough for a random secret and cheap when a city reconnects) only once the station answered Accepted.
 * Any other answer leaves the stored password as it was. The password itself is never returned or logged.
 */
public final class PasswordRotation {

    /** 20 characters: the 1.6 maximum of 20 bytes, within 2.0.1's 16–40 characters; ~119 bits of entropy. */
    static final int LENGTH = 20;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Logger LOG = LoggerFactory.getLogger(PasswordRotation.class);

    /** The outcome: the station's answer, and whether the new password is now the stored one. */
    public record Result(String stationId, String status, boolean stored) {
    }

    private final StationCaller caller;
    private final StationSecurityRepository repository;
    private final SealedSecrets sealed;
    private final WorkerExecutor blocking;
    private final SecureRandom random = new SecureRandom();

    public PasswordRotation(StationCaller caller, StationSecurityRepository repository, SealedSecrets sealed,
                            WorkerExecutor blocking) {
        this.caller = caller;
        this.repository = repository;
        this.sealed = sealed;
        this.blocking = blocking;
    }

    /** Sends a new password and stores its hash once the station accepted it. */
    public Future<Result> rotate(String stationId) {
        OcppVersion version = caller.version(stationId);
        String password = generate();
        Future<String> status = version == OcppVersion.V16
                ? caller.call(stationId, "ChangeConfiguration", new ChangeConfigurationRequest("AuthorizationKey",
                                HexFormat.of().formatHex(password.getBytes(StandardCharsets.US_ASCII))),
                        ChangeConfigurationResponse.class).map(r -> r.status().name())
                : caller.call(stationId, "SetVariables", new SetVariablesRequest(List.of(new SetVariableData(null,
                                password, new Component(null, "SecurityCtrlr", null), new Variable("BasicAuthPassword", null)))),
                        SetVariablesResponse.class).map(r -> r.setVariableResult().get(0).attributeStatus().name());
        return status.compose(s -> {
            if (!"Accepted".equals(s)) {
                LOG.info("{}: password change answered {}; the stored password stays", stationId, s);
                return Future.succeededFuture(new Result(stationId, s, false));
            }
            return blocking.executeBlocking(() -> repository.setPasswordHash(stationId, sealed.seal(password)), false)
                    .map(stored -> {
                        LOG.info("{}: Basic-auth password rotated", stationId);
                        return new Result(stationId, s, stored);
                    });
        });
    }

    String generate() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
