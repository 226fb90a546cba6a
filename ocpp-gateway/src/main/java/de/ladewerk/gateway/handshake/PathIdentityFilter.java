package de.ladewerk.gateway.handshake;

import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Takes the station identity from the last path segment under the configured prefix, percent-decoded.
 * 2.0.1 allows at most 48 characters and no ':' (the identity doubles as the Basic-auth username);
 * Ladewerk applies that to every version and allows only printable, URL-safe characters.
 */
public final class PathIdentityFilter implements HandshakeFilter {

    /** Longest identity OCPP 2.0.1 allows. */
    public static final int MAX_IDENTITY_LENGTH = 48;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._~*+=@|#!$&'()\\-]{1," + MAX_IDENTITY_LENGTH + "}");

    private final String prefix;

    /** @param pathPrefix e.g. {@code /ocpp}; the identity is the one segment after it */
    public PathIdentityFilter(String pathPrefix) {
        this.prefix = pathPrefix.endsWith("/") ? pathPrefix : pathPrefix + "/";
    }

    @Override
    public Future<Void> apply(HandshakeContext context) {
        String path = context.handshake().path();
        if (path == null || !path.startsWith(prefix)) {
            return Future.failedFuture(new HandshakeRejection(404, "path " + path + " is not under " + prefix));
        }
        String raw = path.substring(prefix.length());
        if (raw.isEmpty() || raw.contains("/")) {
            return Future.failedFuture(new HandshakeRejection(400, "path must end in exactly one identity segment"));
        }
        String identity;
        try {
            identity = percentDecode(raw);
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(new HandshakeRejection(400, "identity is not valid percent-encoding: " + raw));
        }
        if (!ALLOWED.matcher(identity).matches()) {
            return Future.failedFuture(new HandshakeRejection(400,
                    "identity must be 1–48 characters of letters, digits and ._~*+=@|#!$&'()- : " + raw));
        }
        context.identity(identity);
        return Future.succeededFuture();
    }

    /** RFC 3986 percent-decoding ('+' stays '+', unlike form decoding). */
    static String percentDecode(String s) {
        byte[] out = new byte[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                out[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                throw new IllegalArgumentException("non-ASCII character");
            } else {
                out[n++] = (byte) c;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
