package de.ladewerk.gateway.datatransfer;

import java.time.Instant;

/**
 * One DataTransfer as stored. {@code data}/{@code answerData}: 1.6's text as sent, 2.0.1's JSON
 * value written as JSON text.
 */
public record DataTransfer(Instant at, String stationId, Direction direction, String vendorId, String messageId,
                           String data, DataTransferStatus status, String answerData) {

    /** Who sent the request. */
    public enum Direction { FromStation, ToStation }
}
