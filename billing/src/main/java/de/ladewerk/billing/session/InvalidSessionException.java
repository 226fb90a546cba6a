package de.ladewerk.billing.session;

/** A session record that cannot be billed as given (structurally broken input). */
public final class InvalidSessionException extends IllegalArgumentException {
    public InvalidSessionException(String sessionId, String problem) {
        super("session " + sessionId + ": " + problem);
    }
}
