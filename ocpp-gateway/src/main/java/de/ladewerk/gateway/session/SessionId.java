package de.ladewerk.gateway.session;

import java.util.Optional;

/**
 * The gateway's id of a charging session ({@code ocpp.sessions.id}). Billing keeps it as text
 * ({@link #toString()}); {@link #parse} reads that text back.
 */
public record SessionId(long value) {

    /** The id written as {@code text}, or empty if it is no session id. */
    public static Optional<SessionId> parse(String text) {
        try {
            return Optional.of(new SessionId(Long.parseLong(text)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
