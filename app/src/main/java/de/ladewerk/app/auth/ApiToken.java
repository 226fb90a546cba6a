package de.ladewerk.app.auth;

import java.time.Instant;

/** A machine client's API token as listed (the secret itself is shown once, at creation, and never stored). */
public record ApiToken(long id, String name, Role role, Instant createdAt, String createdBy, Instant lastUsedAt) {
}
