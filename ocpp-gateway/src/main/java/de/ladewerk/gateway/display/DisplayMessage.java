package de.ladewerk.gateway.display;

import java.time.Instant;

/** A message a station shows (or will show) to drivers, as it reported it (NotifyDisplayMessages). */
public record DisplayMessage(int id, int requestId, String priority, String state, Instant startAt, Instant endAt,
                             String transactionId, String format, String language, String content, String display) {
}
