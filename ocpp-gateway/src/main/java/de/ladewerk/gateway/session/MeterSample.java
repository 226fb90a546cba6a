package de.ladewerk.gateway.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One sampled value, version-neutral, with the OCPP defaults filled in (measurand
 * Energy.Active.Import.Register, context Sample.Periodic, location Outlet, unit Wh). Names are the
 * OCPP wire spellings, which are the same in 1.6 and 2.0.1.
 *
 * @param phase      {@code null} when the value is not per phase
 * @param unit       as the station sent it
 * @param multiplier 2.0.1's power of ten (0 for 1.6)
 * @param value      as the station sent it, before the multiplier
 * @param format     {@code Raw}, or {@code SignedData} when a signed copy exists in {@link SignedValue}
 */
public record MeterSample(Instant time, int evseId, String measurand, String phase, String location, String context,
                          String unit, int multiplier, BigDecimal value, String format) {

    public static final String ENERGY_IMPORT_REGISTER = "Energy.Active.Import.Register";
    public static final String POWER_IMPORT = "Power.Active.Import";
    /** A 2.0.1 event need not name its EVSE; the session's EVSE is filled in then. */
    public static final int EVSE_UNKNOWN = -1;
    public static final String DEFAULT_CONTEXT = "Sample.Periodic";
    public static final String DEFAULT_LOCATION = "Outlet";
    public static final String DEFAULT_UNIT = "Wh";

    public MeterSample {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(measurand, "measurand");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(format, "format");
        value = Decimals.canonical(Objects.requireNonNull(value, "value"));
    }

    /** A reading of the main energy register in Wh, e.g. a start or stop reading. */
    public static MeterSample register(Instant time, int evseId, String context, BigDecimal wh) {
        return new MeterSample(time, evseId, ENERGY_IMPORT_REGISTER, null, DEFAULT_LOCATION, context, DEFAULT_UNIT, 0,
                wh, "Raw");
    }

    /** This sample on another EVSE. */
    public MeterSample withEvse(int evse) {
        return new MeterSample(time, evse, measurand, phase, location, context, unit, multiplier, value, format);
    }

    /** The value in the family's base unit (Wh, W, varh, var, VA), or {@code null} for other units. */
    public BigDecimal normalizedValue() {
        Units.Normalized n = Units.normalize(unit);
        if (n == null) {
            return null;
        }
        int shift = multiplier + n.powerOfTen();
        return shift == 0 ? value : Decimals.canonical(value.scaleByPowerOfTen(shift)); // value is canonical already
    }

    /** Wh, W, varh, var or VA; {@code null} when the unit is no energy or power unit. */
    public String normalizedUnit() {
        Units.Normalized n = Units.normalize(unit);
        return n == null ? null : n.unit();
    }

    /** The main energy register (all phases together), the one the session's energy comes from. */
    public boolean isEnergyRegister() {
        return ENERGY_IMPORT_REGISTER.equals(measurand) && phase == null;
    }

    /** Energy cannot be negative, except net energy (import minus export). */
    public boolean isNonNegativeEnergy() {
        return measurand.startsWith("Energy.") && !measurand.endsWith(".Net");
    }
}
