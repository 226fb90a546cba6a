package de.ladewerk.billing.ocmf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One reading of an OCMF packet (an entry of "RD").
 *
 * @param time       reading time (TM without the sync flag)
 * @param syncStatus clock state from TM: U unknown, I informative, S synchronised, R relative
 * @param type       TX: B begin, C charging, X exception, E end, L limit, R remote, A abort, P pause, S suspend, T tariff change
 * @param value      RV, in {@code unit}
 * @param obis       RI, e.g. "1-b:1.8.0" (import active energy)
 * @param unit       RU: "kWh" or "Wh"
 * @param status     ST: "G" good, anything else is an error state of the meter
 */
public record OcmfReading(Instant time, char syncStatus, String type, BigDecimal value, String obis, String unit,
                          String status) {

    /** Register value in Wh, rounded down (partial Wh are never billed). */
    public long energyWh() {
        BigDecimal wh = switch (unit) {
            case "kWh" -> value.movePointRight(3);
            case "Wh" -> value;
            default -> throw new OcmfFormatException("reading unit " + unit + " is not an energy unit (kWh, Wh)");
        };
        return wh.setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    public boolean isEnergyImport() {
        return obis == null || obis.endsWith("1.8.0") || obis.endsWith("01.08.00");
    }

    public boolean isGood() {
        return status == null || "G".equals(status);
    }
}
