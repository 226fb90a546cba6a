package de.ladewerk.gateway.handshake;

import de.ladewerk.ocpp.OcppVersion;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the OCPP version: the first subprotocol the station offers that Ladewerk supports (the same
 * rule the WebSocket layer uses to echo it). None offered, or none supported → HTTP 400, no upgrade.
 * {@code ocpp2.1} is recognised but refused until it is supported.
 */
public final class SubprotocolFilter implements HandshakeFilter {

    private final Set<OcppVersion> supported;

    public SubprotocolFilter(Set<OcppVersion> supported) {
        this.supported = Set.copyOf(supported);
    }

    @Override
    public Future<Void> apply(HandshakeContext context) {
        List<String> offered = offered(context.handshake().headers().getAll("Sec-WebSocket-Protocol"));
        if (offered.isEmpty()) {
            return Future.failedFuture(new HandshakeRejection(400, "no Sec-WebSocket-Protocol offered"));
        }
        for (String token : offered) {
            Optional<OcppVersion> v = OcppVersion.fromSubprotocol(token);
            if (v.isPresent() && supported.contains(v.get())) {
                context.version(v.get());
                return Future.succeededFuture();
            }
        }
        return Future.failedFuture(new HandshakeRejection(400, "none of the offered subprotocols " + offered
                + " is supported; supported: " + supported.stream().map(OcppVersion::subprotocol).sorted().toList()));
    }

    static List<String> offered(List<String> headerValues) {
        List<String> tokens = new ArrayList<>();
        for (String header : headerValues) {
            for (String t : header.split(",")) {
                String token = t.trim();
                if (!token.isEmpty()) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }
}
