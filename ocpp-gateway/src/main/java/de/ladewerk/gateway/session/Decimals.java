package de.ladewerk.gateway.session;

import java.math.BigDecimal;

/** One spelling of a decimal, so 1000, 1000.0 and 1.0E+3 Wh compare equal in records. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.scale() == 0) {
            return value; // an integer (most readings): stripping and rescaling would give it back equal
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
