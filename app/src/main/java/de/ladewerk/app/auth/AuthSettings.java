package de.ladewerk.app.auth;

import java.time.Duration;

/**
 * Login configuration.
 *
 * @param adminUser     the first admin, created at start-up if no user of that name exists (null: none)
 * @param adminPassword that admin's initial password (required with {@code adminUser}; never defaulted)
 * @param sessionIdle   a dashboard session ends after this long without a request
 * @param sessionMaxAge and after this long in any case
 */
public record AuthSettings(String adminUser, String adminPassword, Duration sessionIdle, Duration sessionMaxAge) {

    public AuthSettings {
        if (adminUser != null && (adminPassword == null || adminPassword.isBlank())) {
            throw new IllegalArgumentException("auth.adminUser is set but auth.adminPassword (LADEWERK_ADMIN_PASSWORD) is not");
        }
        if (sessionIdle.isNegative() || sessionIdle.isZero() || sessionMaxAge.compareTo(sessionIdle) < 0) {
            throw new IllegalArgumentException("auth.sessionIdle must be positive and at most auth.sessionMaxAge");
        }
    }

    /** No admin from configuration; 30 minutes idle, 12 hours at most. */
    public static AuthSettings defaults() {
        return new AuthSettings(null, null, Duration.ofMinutes(30), Duration.ofHours(12));
    }

    @Override
    public String toString() {
        return "AuthSettings[adminUser=" + adminUser + ", sessionIdle=" + sessionIdle + ", sessionMaxAge=" + sessionMaxAge + "]";
    }
}
