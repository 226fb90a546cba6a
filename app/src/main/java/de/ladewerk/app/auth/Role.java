package de.ladewerk.app.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a user or API token may do; each role includes everything of the roles below it. */
public enum Role {
    /** Reads everything, changes nothing. */
    VIEWER,
    /** Sends commands, manages stations and id tokens, acknowledges faults. */
    OPERATOR,
    /** Manages users and API tokens, on top of everything an operator may do. */
    ADMIN;

    /** Whether this role may do what {@code required} may. */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /** Reads {@code admin}, {@code OPERATOR}, ...; throws with the allowed values named. */
    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("role must be admin, operator or viewer, is '" + text + "'");
        }
    }

    /** The lower-case spelling used in the API. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
