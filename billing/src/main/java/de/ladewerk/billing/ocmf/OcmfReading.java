package de.ladewerk.billing.ocmf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One reading of an OCMF packet (an entry of "RD"). RI and RU may be left out in all but a packet's first
 * reading; the parser carries the previous reading's values over, so here they are always set.
 *
 * @param time       reading time (TM without the sync flag)
 * @param syncStatus clock state from TM: U unknown, I informative, S synchronised, R relative
 * @param type       TX as sent (see {@link OcmfTransaction}); {@code null} if absent
 * @param value      RV, in {@code unit}
 * @param obis       RI, e.g. "1-b:1.8.0" (import active energy)
 * @param unit       RU: "kWh" or "Wh" for energy
 * @param errorFlags EF: empty when fine; "E" energy error, "t" time error
 * @param status     ST: "G" good, anything else is an error state of the meter
 */
public record OcmfReading(Instant time, char syncStatus, String type, BigDecimal value, String obis, String unit,
                          String errorFlags, String status) {

    /** Register value in Wh, rounded down (partial Wh are never billed). */
    public long energyWh() {
        BigDecimal wh = switch (unit) {
            case "kWh" -> value.movePointRight(3);
            case "Wh" -> value;
            default -> throw new OcmfFormatException("reading unit " + unit + " is not an energy unit (kWh, Wh)");
        };
        return wh.setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** An import active energy register (OBIS 1.8.x, written 1-b:1.8.0 or 01-00:B1.08.00*FF and the like). */
    public boolean isEnergyImport() {
        if (obis == null) {
            return "kWh".equals(unit) || "Wh".equals(unit);
        }
        String o = obis.replaceAll("[^0-9.:]", ".");
        return o.matches(".*[:.]0?1\\.0?8\\.\\d+.*");
    }

    /** The TX code, empty if absent or not one of the specification's letters. */
    public java.util.Optional<OcmfTransaction> transaction() {
        return OcmfTransaction.of(type);
    }

    public boolean hasErrorFlags() {
        return errorFlags != null && !errorFlags.isEmpty();
    }

    public boolean isGood() {
        return status == null || "G".equals(status);
    }
}
