package de.ladewerk.app.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a user or API token may do. Viewer, operator and admin each include everything of the roles below
 * them; the grid operator (the distribution system operator's §14a EnWG access) reads and issues grid
 * reductions but changes nothing else, and an operator may not issue reductions. Admins may do everything.
 */
public enum Role {
    /** Reads everything, changes nothing. */
    VIEWER,
    /** Sends commands, manages stations, id tokens and the grid topology, acknowledges faults. */
    OPERATOR,
    /** The grid operator: reads everything, issues and revokes §14a EnWG reductions. */
    GRID_OPERATOR,
    /** Manages users and API tokens, on top of everything an operator and a grid operator may do. */
    ADMIN;

    /** Whether this role may do what {@code required} may. */
    public boolean includes(Role required) {
        return switch (this) {
            case ADMIN -> true;
            case OPERATOR, GRID_OPERATOR -> required == VIEWER || required == this;
            case VIEWER -> required == VIEWER;
        };
    }

    /** Reads {@code admin}, {@code OPERATOR}, {@code grid-operator}, ...; throws with the allowed values named. */
    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("role must be admin, operator, grid-operator or viewer, is '" + text + "'");
        }
    }

    /** The lower-case spelling used in the API ({@code grid-operator}). */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
