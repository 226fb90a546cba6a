package de.ladewerk.ocpp.frame;

import de.ladewerk.ocpp.error.ErrorKind;

/**
 * A text that is not a valid OCPP-J frame. {@link #messageId()} is {@code null} only when no id could be
 * read even from the frame's start; 2.0.1 then answers with message id "-1", 1.6 does not answer at all.
 */
public final class FrameException extends Exception {

    private final ErrorKind kind;
    private final String messageId;

    public FrameException(ErrorKind kind, String messageId, String description) {
        super(description);
        this.kind = kind;
        this.messageId = messageId;
    }

    public ErrorKind kind() {
        return kind;
    }

    public String messageId() {
        return messageId;
    }
}
