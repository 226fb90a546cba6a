package de.ladewerk.app.auth;

import java.time.Instant;

/** An operator account as the API shows it (never with its password hash). */
public record User(long id, String username, Role role, Instant createdAt, String createdBy) {
}
