package de.ladewerk.ocpp.frame;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.json.OcppJson;

/** Reads and writes OCPP-J frames for one protocol version. Stateless and thread-safe. */
public final class FrameCodec {

    /** OCPP limits the message id to 36 characters. */
    public static final int MAX_MESSAGE_ID_LENGTH = 36;
    /** OCPP limits errorDescription to 255 characters. */
    public static final int MAX_ERROR_DESCRIPTION_LENGTH = 255;

    private static final ObjectMapper MAPPER = OcppJson.mapper();
    private final OcppVersion version;

    public FrameCodec(OcppVersion version) {
        this.version = version;
    }

    public OcppVersion version() {
        return version;
    }

    /**
     * Parses one WebSocket text message.
     *
     * @throws FrameException with the error kind to answer and, where it could be read, the message id
     */
    public Frame decode(String text) throws FrameException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw unreadable(text, e);
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw new FrameException(ErrorKind.RPC_FRAMEWORK_ERROR, null, "message is not a JSON array");
        }
        ArrayNode array = (ArrayNode) root;
        String messageId = readMessageId(array);
        JsonNode type = array.get(0);
        if (!type.isIntegralNumber()) {
            throw new FrameException(ErrorKind.RPC_FRAMEWORK_ERROR, messageId, "message type is not a number");
        }
        int typeId = type.asInt();
        if (messageId == null) {
            throw new FrameException(ErrorKind.RPC_FRAMEWORK_ERROR, null,
                    "message id missing, not a string or longer than " + MAX_MESSAGE_ID_LENGTH + " characters");
        }
        FrameType frameType = typeOf(typeId, messageId);
        return switch (frameType) {
            case CALL -> new Frame.Call(messageId, action(array, messageId), payload(array, 4, messageId));
            case CALL_RESULT -> new Frame.CallResult(messageId, payload(array, 3, messageId));
            case CALL_ERROR -> {
                ErrorParts p = errorParts(array, messageId);
                yield new Frame.CallError(messageId, p.code, p.description, p.details);
            }
            case CALL_RESULT_ERROR -> {
                requireOcpp21(typeId, messageId);
                ErrorParts p = errorParts(array, messageId);
                yield new Frame.CallResultError(messageId, p.code, p.description, p.details);
            }
            case SEND -> {
                requireOcpp21(typeId, messageId);
                yield new Frame.Send(messageId, action(array, messageId), payload(array, 4, messageId));
            }
        };
    }

    /** Writes a frame as OCPP-J text; error descriptions longer than 255 characters are cut. */
    public String encode(Frame frame) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        a.add(frame.type().id());
        a.add(frame.messageId());
        // Java 17 has no pattern switch; a switch expression over the enum keeps the exhaustiveness check
        ArrayNode full = switch (frame.type()) {
            case CALL -> a.add(((Frame.Call) frame).action()).add(orEmpty(((Frame.Call) frame).payload()));
            case CALL_RESULT -> a.add(orEmpty(((Frame.CallResult) frame).payload()));
            case CALL_ERROR -> {
                Frame.CallError e = (Frame.CallError) frame;
                yield a.add(e.errorCode()).add(cut(e.errorDescription())).add(orEmpty(e.errorDetails()));
            }
            case CALL_RESULT_ERROR -> {
                Frame.CallResultError e = (Frame.CallResultError) frame;
                yield a.add(e.errorCode()).add(cut(e.errorDescription())).add(orEmpty(e.errorDetails()));
            }
            case SEND -> a.add(((Frame.Send) frame).action()).add(orEmpty(((Frame.Send) frame).payload()));
        };
        try {
            return MAPPER.writeValueAsString(full);
        } catch (JacksonException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** A CALLERROR of this codec's version for the given error kind. */
    public Frame.CallError error(String messageId, ErrorKind kind, String description) {
        return new Frame.CallError(messageId, kind.code(version), description,
                JsonNodeFactory.instance.objectNode());
    }

    /**
     * A frame Jackson refused (broken JSON, nesting or a number beyond {@link OcppJson}'s limits): answered
     * with the station's id whenever the frame's start can be read, so 1.6 gets an answer and 2.0.1 no "-1".
     */
    private static FrameException unreadable(String text, JacksonException e) {
        String why = e instanceof StreamConstraintsException
                ? "message exceeds a limit: " + e.getOriginalMessage()
                : "message is not valid JSON: " + e.getOriginalMessage();
        FrameHeader header = FrameHeader.read(text);
        if (header == null) {
            return new FrameException(ErrorKind.RPC_FRAMEWORK_ERROR, null, why);
        }
        // a CALL whose payload cannot be read is a syntactically incorrect payload (FormatViolation)
        ErrorKind kind = header.type() == FrameType.CALL.id() ? ErrorKind.FORMAT_VIOLATION : ErrorKind.RPC_FRAMEWORK_ERROR;
        return new FrameException(kind, header.messageId(), why);
    }

    private static FrameType typeOf(int typeId, String messageId) throws FrameException {
        for (FrameType t : FrameType.values()) {
            if (t.id() == typeId) {
                return t;
            }
        }
        throw new FrameException(ErrorKind.MESSAGE_TYPE_NOT_SUPPORTED, messageId,
                "message type " + typeId + " is not supported");
    }

    private void requireOcpp21(int typeId, String messageId) throws FrameException {
        if (!version.hasOcpp21Frames()) {
            throw new FrameException(ErrorKind.MESSAGE_TYPE_NOT_SUPPORTED, messageId,
                    "message type " + typeId + " does not exist in " + version.subprotocol());
        }
    }

    private static String readMessageId(ArrayNode array) {
        JsonNode id = array.get(1);
        if (id == null || !id.isTextual()) {
            return null;
        }
        String s = id.asText();
        return s.isEmpty() || s.length() > MAX_MESSAGE_ID_LENGTH ? null : s;
    }

    private static String action(ArrayNode array, String messageId) throws FrameException {
        JsonNode action = array.get(2);
        if (action == null || !action.isTextual() || action.asText().isEmpty()) {
            throw new FrameException(ErrorKind.RPC_FRAMEWORK_ERROR, messageId, "action missing or not a string");
        }
        return action.asText();
    }

    private static JsonNode payload(ArrayNode array, int size, String messageId) throws FrameException {
        if (array.size() != size) {
            throw new FrameException(ErrorKind.RPC_FRAMEWORK_ERROR, messageId,
                    "frame has " + array.size() + " elements, expected " + size);
        }
        JsonNode payload = array.get(size - 1);
        if (!payload.isObject()) {
            throw new FrameException(ErrorKind.RPC_FRAMEWORK_ERROR, messageId, "payload is not a JSON object");
        }
        return payload;
    }

    private record ErrorParts(String code, String description, JsonNode details) {
    }

    private static ErrorParts errorParts(ArrayNode array, String messageId) throws FrameException {
        if (array.size() != 5 || !array.get(2).isTextual() || !array.get(3).isTextual() || !array.get(4).isObject()) {
            throw new FrameException(ErrorKind.RPC_FRAMEWORK_ERROR, messageId,
                    "error frame must be [type, id, code, description, {details}]");
        }
        return new ErrorParts(array.get(2).asText(), array.get(3).asText(), array.get(4));
    }

    private static JsonNode orEmpty(JsonNode node) {
        return node == null ? JsonNodeFactory.instance.objectNode() : node;
    }

    private static String cut(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX_ERROR_DESCRIPTION_LENGTH ? s : s.substring(0, MAX_ERROR_DESCRIPTION_LENGTH);
    }

    /** An empty JSON object, for payloads and error details. */
    public static ObjectNode emptyObject() {
        return JsonNodeFactory.instance.objectNode();
    }
}
