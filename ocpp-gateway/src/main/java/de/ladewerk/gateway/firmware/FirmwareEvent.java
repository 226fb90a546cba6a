package de.ladewerk.gateway.firmware;

import java.time.Instant;

/**
 * A firmware, diagnostics or log upload status a station reported.
 *
 * @param status          the station's status word as sent, e.g. Downloading, Installed, InvalidSignature, Uploaded
 * @param requestId       the request it belongs to, when the message carries one
 * @param detail          further data, e.g. the locations of a published firmware, else null
 * @param protocolVersion the subprotocol, since the status words differ between versions
 * @param time            when Ladewerk received it (the messages carry no time of their own)
 */
public record FirmwareEvent(String stationId, FirmwareEventKind kind, String status, Integer requestId,
                            String detail, String protocolVersion, Instant time) {
}
