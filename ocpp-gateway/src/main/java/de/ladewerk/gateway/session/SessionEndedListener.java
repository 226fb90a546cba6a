package de.ladewerk.gateway.session;

/**
 * Told about every session whose end is committed (billing's entry point). Called once per end on a
 * worker thread, after the station got its answer; it may block briefly, must not throw.
 */
@FunctionalInterface
public interface SessionEndedListener {

    SessionEndedListener NONE = ended -> { };

    void sessionEnded(SessionEnded ended);
}
