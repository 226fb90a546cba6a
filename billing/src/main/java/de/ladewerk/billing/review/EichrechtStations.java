package de.ladewerk.billing.review;

import java.time.Instant;
import java.util.List;

/**
 * The stations marked as relevant under calibration law (Eichrecht): their sessions are billed only from
 * complete, valid OCMF signatures, never from unsigned samples.
 */
public interface EichrechtStations {

    boolean isRelevant(String stationId);

    /** Marks or unmarks a station; recorded with the operator in an append-only audit. */
    void mark(String stationId, boolean relevant, String operator, Instant at);

    /** The marked stations with who marked them when. */
    List<Marked> marked();

    /** A marked station. */
    record Marked(String stationId, Instant markedAt, String markedBy) {
    }
}
