package de.ladewerk.gateway.session;

import de.ladewerk.gateway.dataquality.Rejection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where sessions live. The methods without a {@link CompletionStage} block (JDBC) and are called on
 * worker threads; {@link #write} goes through group commit and completes after the commit.
 */
public interface SessionStore {

    /** The session a start created, or the one it repeats. */
    record Started(SessionState state, boolean created) {
    }

    /**
     * Inserts the session and the rejections found while reading the start, unless it exists: a 1.6
     * replay (same start key) or a 2.0.1 retry (same transaction id) returns the existing one.
     */
    Started start(SessionStart start, String authStatus, List<Rejection> rejections);

    /** Whether the token charges in an active session on another station or EVSE. */
    boolean tokenActiveElsewhere(String tokenValue, String stationId, Integer evseId);

    /** A session (active or ended) by the id the station knows, with its seqNos. */
    Optional<SessionState> find(String stationId, String transactionId);

    /** Commits one message's changes. */
    CompletionStage<Void> write(SessionChanges changes);

    /** Records the station's answer to the GetTransactionStatus a gap triggered ({@code error} if it failed). */
    CompletionStage<Void> statusAnswer(String stationId, String transactionId, int receivedSeqNo, Boolean ongoing,
                                       Boolean messagesInQueue, String error);

    /** An ended session with what billing needs, read in one transaction; empty if it has not ended. */
    Optional<SessionEnded> ended(long sessionId);
}
