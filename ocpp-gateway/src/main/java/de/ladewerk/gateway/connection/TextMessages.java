package de.ladewerk.gateway.connection;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Assembles a station's WebSocket frames into text messages and closes the connection with the
 * RFC 6455 code when the WebSocket layer itself is broken: 1009 for a message over the size limit,
 * 1007 for a text message that is not UTF-8, 1003 for binary data. Vert.x's own assembly drops an
 * oversized message silently and replaces invalid UTF-8, so the gateway does it itself.
 */
final class TextMessages implements Handler<WebSocketFrame> {

    static final short TOO_BIG = 1009;
    static final short NOT_UTF8 = 1007;
    static final short UNSUPPORTED_DATA = 1003;

    private final ServerWebSocket socket;
    private final int maxBytes;
    private final Consumer<String> onMessage;
    private Buffer pending;
    private boolean closing;

    TextMessages(ServerWebSocket socket, int maxBytes, Consumer<String> onMessage) {
        this.socket = socket;
        this.maxBytes = maxBytes;
        this.onMessage = onMessage;
    }

    @Override
    public void handle(WebSocketFrame frame) {
        if (closing) {
            return; // the rest of a message we refused
        }
        if (frame.isBinary()) {
            close(UNSUPPORTED_DATA, "OCPP-J uses text frames");
            return;
        }
        if (frame.isText()) {
            pending = Buffer.buffer();
        } else if (!frame.isContinuation() || pending == null) {
            return; // ping, pong and close are Vert.x's; a stray continuation belongs to no message
        }
        if (pending.length() + frame.binaryData().length() > maxBytes) {
            close(TOO_BIG, "message larger than " + maxBytes + " bytes");
            return;
        }
        pending.appendBuffer(frame.binaryData());
        if (!frame.isFinal()) {
            return;
        }
        Buffer message = pending;
        pending = null;
        String text = utf8(message);
        if (text == null) {
            close(NOT_UTF8, "text message is not valid UTF-8");
            return;
        }
        onMessage.accept(text);
    }

    private void close(short code, String reason) {
        closing = true;
        pending = null;
        socket.close(code, reason);
    }

    /** The text, or {@code null} when the bytes are not well-formed UTF-8. */
    private static String utf8(Buffer bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.getBytes())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
