package de.ladewerk.gateway.session;

import de.ladewerk.gateway.dataquality.Rejection;
import java.math.BigDecimal;
import java.util.List;

/**
 * The first check of a sampled value, before a {@link MeterSample} is made of it: a value that is no
 * number, or one so large or so finely resolved that no meter measures it, becomes a {@link Rejection}.
 * It must come first: making a sample canonicalises the value, and {@code 1E+999999999} written out
 * would take gigabytes.
 */
public final class ReadingValues {

    /** Integer digits beyond this are no measurement (10^12 Wh is a terawatt hour). */
    public static final int MAX_INTEGER_DIGITS = 12;
    /** Decimals beyond this are noise, not resolution. */
    public static final int MAX_DECIMALS = 30;
    /** 2.0.1 multipliers in practice are -3 to 6; beyond this the value is garbage. */
    public static final int MAX_MULTIPLIER = 30;

    private ReadingValues() {
    }

    /**
     * The number in a 1.6 Raw value, or {@code null} with a NOT_A_NUMBER rejection added.
     *
     * @param what names the reading in the rejection, e.g. {@code Energy.Active.Import.Register at 2026-…}
     */
    public static BigDecimal parse(String text, String what, List<Rejection> out) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            out.add(Rejection.rejected(Rejection.Kind.NOT_A_NUMBER, what + " = '" + shortened(text) + "'",
                    "a Raw sampled value must be a decimal number"));
            return null;
        }
    }

    /** Whether {@code value × 10^multiplier} is a number a meter can report; if not, a rejection is added. */
    public static boolean plausible(BigDecimal value, int multiplier, String what, List<Rejection> out) {
        if (Math.abs(multiplier) <= MAX_MULTIPLIER && !absurd(value.scaleByPowerOfTen(multiplier))) {
            return true;
        }
        out.add(Rejection.rejected(Rejection.Kind.IMPLAUSIBLE_MAGNITUDE,
                what + " = '" + shortened(value.toString()) + "'" + (multiplier == 0 ? "" : " ×10^" + multiplier),
                "no meter measures this: more than " + MAX_INTEGER_DIGITS + " integer digits or " + MAX_DECIMALS
                        + " decimals"));
        return false;
    }

    /** More integer digits or decimals than any meter has. Cheap: the digits are never written out. */
    static boolean absurd(BigDecimal v) {
        return v != null && (v.precision() - v.scale() > MAX_INTEGER_DIGITS || v.scale() > MAX_DECIMALS);
    }

    /** A received text cut for the record: the reason matters, not 400 digits. */
    static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "… (" + text.length() + " characters)";
    }
}
