package de.ladewerk.gateway.tls;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.security.SecureRandom;

/**
 * Sends a hand-made TLS ClientHello of a given version and reports the server's first record type, so a test
 * can offer TLS 1.0/1.1 even though the JDK's own client refuses to.
 */
final class RawClientHello {

    /** TLS record content types. */
    static final int HANDSHAKE = 0x16;
    static final int ALERT = 0x15;
    static final int CLOSED = -1;

    private RawClientHello() {
    }

    /**
     * @param minor 1 = TLS 1.0, 2 = TLS 1.1, 3 = TLS 1.2
     * @return the content type of the server's first record (HANDSHAKE means a ServerHello), or CLOSED
     */
    static int firstRecordType(String host, int port, int minor) throws Exception {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(hello(minor));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            try {
                return in.read();
            } catch (java.net.SocketException e) {
                return CLOSED; // connection reset: refused as well
            }
        }
    }

    private static byte[] hello(int minor) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(3);
        body.write(minor);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        body.writeBytes(random);
        body.write(0); // no session id
        // ECDHE-RSA/ECDSA AES-GCM (TLS 1.2) and ECDHE-RSA/ECDSA AES-CBC-SHA (what TLS 1.0/1.1 could use)
        int[] suites = {0xC02F, 0xC02B, 0xC013, 0xC009, 0x002F};
        writeShort(body, suites.length * 2);
        for (int s : suites) {
            writeShort(body, s);
        }
        body.write(1);
        body.write(0); // no compression
        ByteArrayOutputStream ext = new ByteArrayOutputStream();
        writeShort(ext, 0x000a); // supported_groups: secp256r1
        writeShort(ext, 4);
        writeShort(ext, 2);
        writeShort(ext, 0x0017);
        writeShort(ext, 0x000b); // ec_point_formats: uncompressed
        writeShort(ext, 2);
        ext.write(1);
        ext.write(0);
        writeShort(ext, 0x000d); // signature_algorithms
        writeShort(ext, 8);
        writeShort(ext, 6);
        writeShort(ext, 0x0401);
        writeShort(ext, 0x0403);
        writeShort(ext, 0x0804);
        writeShort(body, ext.size());
        body.writeBytes(ext.toByteArray());
        ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        handshake.write(1); // ClientHello
        handshake.write(0);
        writeShort(handshake, body.size());
        handshake.writeBytes(body.toByteArray());
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(HANDSHAKE);
        record.write(3);
        record.write(1);
        writeShort(record, handshake.size());
        record.writeBytes(handshake.toByteArray());
        return record.toByteArray();
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write((value >> 8) & 0xff);
        out.write(value & 0xff);
    }
}
