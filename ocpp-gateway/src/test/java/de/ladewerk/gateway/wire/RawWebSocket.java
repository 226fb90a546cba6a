package de.ladewerk.gateway.wire;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client written against RFC 6455 by hand, so a test can send what no library would: a frame
 * larger than allowed, invalid UTF-8 in a text frame. It reads the server's close code.
 */
final class RawWebSocket implements AutoCloseable {

    private static final int OP_CONTINUATION = 0x0;
    private static final int OP_TEXT = 0x1;
    private static final int OP_CLOSE = 0x8;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Upgrades with Basic auth and the given subprotocol; fails unless the server answers 101. */
    static RawWebSocket connect(int port, String path, String user, String password, String subprotocol)
            throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        RawWebSocket ws = new RawWebSocket(socket);
        String key = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        ws.out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: " + subprotocol + "\r\nAuthorization: Basic " + auth + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        ws.out.flush();
        String head = ws.readHead();
        if (!head.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("upgrade refused: " + head.lines().findFirst().orElse(""));
        }
        return ws;
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed during the upgrade");
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** Sends one final text frame with these payload bytes, masked as a client must. */
    void sendText(byte[] payload) throws IOException {
        sendFrame(OP_TEXT, true, payload, payload.length);
    }

    /** Sends a message as a text frame and continuation frames of at most {@code chunk} bytes each. */
    void sendFragmented(byte[] payload, int chunk) throws IOException {
        for (int from = 0; from < payload.length; from += chunk) {
            byte[] part = java.util.Arrays.copyOfRange(payload, from, Math.min(payload.length, from + chunk));
            sendFrame(from == 0 ? OP_TEXT : OP_CONTINUATION, from + chunk >= payload.length, part, part.length);
        }
    }

    /** Announces a text frame of {@code announced} bytes but sends only {@code payload}, the start of it. */
    void sendTextStart(byte[] payload, int announced) throws IOException {
        sendFrame(OP_TEXT, true, payload, announced);
    }

    private void sendFrame(int opcode, boolean fin, byte[] payload, int announced) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write((fin ? 0x80 : 0) | opcode);
        int n = announced;
        if (n < 126) {
            frame.write(0x80 | n);
        } else if (n < 65536) {
            frame.write(0x80 | 126);
            frame.write(n >>> 8);
            frame.write(n);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) n >>> shift));
            }
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.write(mask);
        byte[] masked = new byte[payload.length];
        for (int i = 0; i < payload.length; i++) {
            masked[i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        frame.write(masked);
        try {
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException e) {
            // the server may close while a large frame is still being written; its close frame is still readable
        }
    }

    /** Reads frames until a close frame and returns its status code; -1 if the connection ends without one. */
    int awaitCloseCode() throws IOException {
        try {
            while (true) {
                int b0 = in.read();
                if (b0 < 0) {
                    return -1;
                }
                int b1 = in.readUnsignedByte();
                long len = b1 & 0x7f;
                if (len == 126) {
                    len = in.readUnsignedShort();
                } else if (len == 127) {
                    len = in.readLong();
                }
                byte[] payload = new byte[(int) len];
                in.readFully(payload);
                if ((b0 & 0x0f) == OP_CLOSE) {
                    return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new IOException("no close frame within the timeout", e);
        } catch (java.io.EOFException | java.net.SocketException e) {
            return -1;
        }
    }

    /** Whether the server still answers: reads the answer frame's text to a call. */
    String roundTrip(String text) throws IOException {
        sendText(text.getBytes(StandardCharsets.UTF_8));
        int b0 = in.readUnsignedByte();
        int b1 = in.readUnsignedByte();
        long len = b1 & 0x7f;
        if (len == 126) {
            len = in.readUnsignedShort();
        } else if (len == 127) {
            len = in.readLong();
        }
        byte[] payload = new byte[(int) len];
        in.readFully(payload);
        return (b0 & 0x0f) == OP_TEXT ? new String(payload, StandardCharsets.UTF_8) : "opcode " + (b0 & 0x0f);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

}
