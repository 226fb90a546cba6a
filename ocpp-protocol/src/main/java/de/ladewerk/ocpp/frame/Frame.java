package de.ladewerk.ocpp.frame;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One OCPP-J RPC frame. The payload stays a JSON tree here: typed decoding and validation happen
 * after the action (and so the schema) is known.
 */
public sealed interface Frame permits Frame.Call, Frame.CallResult, Frame.CallError, Frame.CallResultError,
        Frame.Send {

    /** The message id chosen by the sender of the CALL (at most 36 characters). */
    String messageId();

    /** The message type; {@link FrameType#id()} is the number that stands first in the JSON array. */
    FrameType type();

    /** {@code [2, id, action, payload]}: a request that must be answered. */
    record Call(String messageId, String action, JsonNode payload) implements Frame {
        @Override
        public FrameType type() {
            return FrameType.CALL;
        }
    }

    /** {@code [3, id, payload]}: the answer to a CALL. */
    record CallResult(String messageId, JsonNode payload) implements Frame {
        @Override
        public FrameType type() {
            return FrameType.CALL_RESULT;
        }
    }

    /** {@code [4, id, errorCode, errorDescription, errorDetails]}: a CALL could not be answered. */
    record CallError(String messageId, String errorCode, String errorDescription, JsonNode errorDetails)
            implements Frame {
        @Override
        public FrameType type() {
            return FrameType.CALL_ERROR;
        }
    }

    /** OCPP 2.1 {@code [5, id, errorCode, errorDescription, errorDetails]}: a CALLRESULT was invalid. */
    record CallResultError(String messageId, String errorCode, String errorDescription, JsonNode errorDetails)
            implements Frame {
        @Override
        public FrameType type() {
            return FrameType.CALL_RESULT_ERROR;
        }
    }

    /** OCPP 2.1 {@code [6, id, action, payload]}: one-way, never answered, outside the one-call rule. */
    record Send(String messageId, String action, JsonNode payload) implements Frame {
        @Override
        public FrameType type() {
            return FrameType.SEND;
        }
    }
}
