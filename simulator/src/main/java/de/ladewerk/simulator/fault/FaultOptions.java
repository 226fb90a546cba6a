package de.ladewerk.simulator.fault;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Misbehaviour on demand, to test that a CSMS survives it. Shares are probabilities per message,
 * drawn from a seeded random source, so a run with the same seed misbehaves the same way.
 *
 * @param answerDelay      CSMS→station CALLs are answered this late (simulated time; zero for at once)
 * @param unansweredShare  share of CSMS→station CALLs never answered
 * @param duplicateShare   share of our CALLs sent twice with the same message id
 * @param malformedShare   share of our CALLs preceded by a frame that is not valid OCPP-J
 * @param clockSkew        added to every timestamp the station reports
 * @param dropEvery        the connection is dropped this often (simulated time); {@code null} never
 * @param faultedEvses     EVSEs reporting Faulted from the start, with the error code (1.6 ChargePointErrorCode)
 * @param seed             seeds the random draws
 */
public record FaultOptions(Duration answerDelay, double unansweredShare, double duplicateShare, double malformedShare,
                           Duration clockSkew, Duration dropEvery, Map<Integer, String> faultedEvses, long seed) {

    public FaultOptions {
        Objects.requireNonNull(answerDelay, "answerDelay");
        Objects.requireNonNull(clockSkew, "clockSkew");
        faultedEvses = Map.copyOf(faultedEvses);
        for (double share : new double[] {unansweredShare, duplicateShare, malformedShare}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("shares must be within 0..1");
            }
        }
    }

    /** A well-behaved station. */
    public static FaultOptions none() {
        return new FaultOptions(Duration.ZERO, 0, 0, 0, Duration.ZERO, null, Map.of(), 1);
    }

    public boolean any() {
        return !answerDelay.isZero() || unansweredShare > 0 || duplicateShare > 0 || malformedShare > 0
                || !clockSkew.isZero() || dropEvery != null || !faultedEvses.isEmpty();
    }

    public FaultOptions withAnswerDelay(Duration value) {
        return new FaultOptions(value, unansweredShare, duplicateShare, malformedShare, clockSkew, dropEvery, faultedEvses, seed);
    }

    public FaultOptions withUnansweredShare(double value) {
        return new FaultOptions(answerDelay, value, duplicateShare, malformedShare, clockSkew, dropEvery, faultedEvses, seed);
    }

    public FaultOptions withDuplicateShare(double value) {
        return new FaultOptions(answerDelay, unansweredShare, value, malformedShare, clockSkew, dropEvery, faultedEvses, seed);
    }

    public FaultOptions withMalformedShare(double value) {
        return new FaultOptions(answerDelay, unansweredShare, duplicateShare, value, clockSkew, dropEvery, faultedEvses, seed);
    }

    public FaultOptions withClockSkew(Duration value) {
        return new FaultOptions(answerDelay, unansweredShare, duplicateShare, malformedShare, value, dropEvery, faultedEvses, seed);
    }

    public FaultOptions withDropEvery(Duration value) {
        return new FaultOptions(answerDelay, unansweredShare, duplicateShare, malformedShare, clockSkew, value, faultedEvses, seed);
    }

    public FaultOptions withFaultedEvses(Map<Integer, String> value) {
        return new FaultOptions(answerDelay, unansweredShare, duplicateShare, malformedShare, clockSkew, dropEvery, value, seed);
    }

    public FaultOptions withSeed(long value) {
        return new FaultOptions(answerDelay, unansweredShare, duplicateShare, malformedShare, clockSkew, dropEvery, faultedEvses, value);
    }
}
