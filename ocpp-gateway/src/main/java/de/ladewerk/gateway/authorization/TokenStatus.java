package de.ladewerk.gateway.authorization;

/** The status an operator gives a stored token; what a station is told is derived by {@link TokenRules}. */
public enum TokenStatus {
    ACCEPTED, BLOCKED, EXPIRED, INVALID;

    AuthorizationStatus answer() {
        return switch (this) {
            case ACCEPTED -> AuthorizationStatus.ACCEPTED;
            case BLOCKED -> AuthorizationStatus.BLOCKED;
            case EXPIRED -> AuthorizationStatus.EXPIRED;
            case INVALID -> AuthorizationStatus.INVALID;
        };
    }
}
