package de.ladewerk.simulator.station;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Builds the path a station connects to: the endpoint's path plus the percent-encoded identity. */
public final class StationUrl {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private StationUrl() {
    }

    /**
     * Percent-encodes an identity as one URI path segment (RFC 3986): only the unreserved characters
     * {@code A-Z a-z 0-9 - . _ ~} stay as they are, every other UTF-8 byte becomes {@code %XX}, so a
     * '/', '%', ':' or space in the identity can never change the path's structure.
     */
    public static String encodeSegment(String identity) {
        StringBuilder out = new StringBuilder(identity.length() + 8);
        for (byte b : identity.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** The request URI (path and query) for the station: {@code <endpoint path>/<encoded identity>}. */
    public static String requestUri(URI endpoint, String identity) {
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        StringBuilder uri = new StringBuilder(path);
        if (uri.length() == 0 || uri.charAt(uri.length() - 1) != '/') {
            uri.append('/');
        }
        uri.append(encodeSegment(identity));
        if (endpoint.getRawQuery() != null) {
            uri.append('?').append(endpoint.getRawQuery());
        }
        return uri.toString();
    }

    /** The port to connect to, defaulting by scheme. */
    public static int port(URI endpoint) {
        if (endpoint.getPort() != -1) {
            return endpoint.getPort();
        }
        return "wss".equals(endpoint.getScheme()) ? 443 : 80;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
