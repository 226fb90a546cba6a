package de.ladewerk.gateway.authorization;

import java.util.Locale;
import java.util.Optional;

/**
 * Matches enum constants across spellings: the domain's {@code NOT_ALLOWED_TYPE_EVSE} is 2.0.1's
 * {@code NotAllowedTypeEVSE}, {@code KEY_CODE} is {@code KeyCode}: equal once underscores and case are ignored.
 */
public final class WireNames {

    private WireNames() {
    }

    /** The constant of {@code type} spelled like {@code name}, if any. */
    public static <E extends Enum<E>> Optional<E> match(Class<E> type, String name) {
        String wanted = normalise(name);
        for (E e : type.getEnumConstants()) {
            if (normalise(e.name()).equals(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replace("_", "").toUpperCase(Locale.ROOT);
    }
}
