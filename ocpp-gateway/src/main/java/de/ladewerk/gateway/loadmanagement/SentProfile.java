package de.ladewerk.gateway.loadmanagement;

import java.time.Instant;

/** The limit a session's station last accepted from the allocator, and when. */
public record SentProfile(double amps, Instant at) {
}
