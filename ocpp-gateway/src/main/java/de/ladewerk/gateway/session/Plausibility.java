package de.ladewerk.gateway.session;

import de.ladewerk.gateway.dataquality.Rejection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules for impossible data. Each broken rule yields a {@link Rejection}: samples are dropped,
 * session times and readings are corrected to the nearest possible value. Signed values are never
 * touched: they are evidence and are kept as sent.
 */
public final class Plausibility {

    /** Samples that passed, what was rejected, and the energy register after them. */
    public record Checked(List<MeterSample> accepted, List<Rejection> rejections, BigDecimal lastEnergyWh,
                          Instant lastEnergyAt) {
    }

    private final TimePlausibility times;

    /** @param futureTolerance how far ahead of the CSMS clock a station clock may run */
    public Plausibility(Duration futureTolerance) {
        this(new TimePlausibility(futureTolerance));
    }

    public Plausibility(TimePlausibility times) {
        this.times = times;
    }

    /** The rules for station times these rules use. */
    public TimePlausibility times() {
        return times;
    }

    /** Checks samples in time order against the session's last register ({@code null}: none yet). */
    public Checked samples(List<MeterSample> samples, BigDecimal lastEnergyWh, Instant lastEnergyAt, Instant now) {
        List<MeterSample> accepted = new ArrayList<>(samples.size());
        List<Rejection> rejections = new ArrayList<>();
        BigDecimal register = lastEnergyWh;
        Instant registerAt = lastEnergyAt;
        List<MeterSample> ordered = new ArrayList<>(samples);
        ordered.sort(Comparator.comparing(MeterSample::time));
        for (MeterSample s : ordered) {
            TimePlausibility.Problem time = times.check(s.time(), now);
            if (time != null) {
                rejections.add(Rejection.rejected(time.kind(), describe(s), "sample " + time.reason()));
                continue;
            }
            BigDecimal normalized = s.normalizedValue();
            if (ReadingValues.absurd(normalized)) {
                rejections.add(Rejection.rejected(Rejection.Kind.IMPLAUSIBLE_MAGNITUDE, describe(s),
                        "no meter measures this: " + normalized.toEngineeringString() + " " + s.normalizedUnit()));
            } else if (s.isNonNegativeEnergy() && normalized != null && normalized.signum() < 0) {
                rejections.add(Rejection.rejected(Rejection.Kind.NEGATIVE_ENERGY, describe(s),
                        "energy cannot be negative"));
            } else if (s.isEnergyRegister() && normalized != null && register != null
                    && contradicts(s.time(), normalized, register, registerAt)) {
                boolean earlier = registerAt != null && s.time().isBefore(registerAt);
                rejections.add(Rejection.rejected(Rejection.Kind.ENERGY_BACKWARDS, describe(s), earlier
                        ? "energy register is above the later reading of " + register.toPlainString() + " Wh at " + registerAt
                        : "energy register went backwards from " + register.toPlainString() + " Wh"));
            } else {
                accepted.add(s);
                if (s.isEnergyRegister() && normalized != null && (registerAt == null || !s.time().isBefore(registerAt))) {
                    register = normalized;
                    registerAt = s.time();
                }
            }
        }
        return new Checked(accepted, rejections, register, registerAt);
    }

    /** A start time in the future (or before any station existed) becomes the CSMS's time. */
    public Instant startTime(Instant sent, Instant now, List<Rejection> out) {
        return time("start", sent, now, out);
    }

    /**
     * A station time that cannot be true becomes the CSMS's time, recorded as a correction.
     *
     * @param what names the time in the rejection, e.g. {@code start}
     */
    public Instant time(String what, Instant sent, Instant now, List<Rejection> out) {
        TimePlausibility.Problem problem = times.check(sent, now);
        if (problem == null) {
            return sent;
        }
        out.add(Rejection.corrected(problem.kind(), what + " " + sent, what + " " + now,
                what + " " + problem.reason() + "; the CSMS time is used"));
        return now;
    }

    /** A negative start reading is dropped (the session then has no start reading). */
    public BigDecimal meterStart(BigDecimal sent, List<Rejection> out) {
        if (sent != null && sent.signum() < 0) {
            out.add(Rejection.rejected(Rejection.Kind.NEGATIVE_ENERGY, "meterStart " + sent.toPlainString() + " Wh",
                    "energy register cannot be negative"));
            return null;
        }
        return sent;
    }

    /** A stop in the future becomes now; a stop before the start becomes the start. */
    public Instant stopTime(Instant sent, Instant start, Instant now, List<Rejection> out) {
        sent = time("stop", sent, now, out);
        if (sent.isBefore(start)) {
            out.add(Rejection.corrected(Rejection.Kind.STOP_BEFORE_START, "stop " + sent, "stop " + start,
                    "stop time is before the start (" + start + "); the start time is used"));
            return start;
        }
        return sent;
    }

    /**
     * The final reading: a negative one or one below the last plausible register is replaced by that
     * register; none at all also means that register.
     */
    public BigDecimal meterStop(BigDecimal sent, BigDecimal lastRegister, List<Rejection> out) {
        if (sent == null) {
            return lastRegister;
        }
        if (sent.signum() < 0 || (lastRegister != null && sent.compareTo(lastRegister) < 0)) {
            String stored = lastRegister == null ? null : "meterStop " + lastRegister.toPlainString() + " Wh";
            Rejection.Kind kind = sent.signum() < 0 ? Rejection.Kind.NEGATIVE_ENERGY : Rejection.Kind.ENERGY_BACKWARDS;
            String reason = sent.signum() < 0 ? "energy register cannot be negative"
                    : "final reading is below the last register " + lastRegister.toPlainString() + " Wh";
            out.add(stored == null ? Rejection.rejected(kind, "meterStop " + sent.toPlainString() + " Wh", reason)
                    : Rejection.corrected(kind, "meterStop " + sent.toPlainString() + " Wh", stored, reason));
            return lastRegister;
        }
        return sent;
    }

    /**
     * Whether a register reading contradicts the last one: lower at a later time, or higher at an earlier
     * time. A reading older than the last one and lower is fine: 1.6 StopTransaction's transactionData and
     * replayed offline messages carry the transaction's begin reading after the periodic ones.
     */
    private static boolean contradicts(Instant t, BigDecimal value, BigDecimal register, Instant registerAt) {
        boolean earlier = registerAt != null && t.isBefore(registerAt);
        return earlier ? value.compareTo(register) > 0 : value.compareTo(register) < 0;
    }

    static String describe(MeterSample s) {
        return s.measurand() + (s.phase() == null ? "" : " " + s.phase()) + " = " + s.value().toPlainString() + " "
                + s.unit() + (s.multiplier() == 0 ? "" : " ×10^" + s.multiplier()) + " at " + s.time()
                + " (EVSE " + s.evseId() + ", " + s.context() + ")";
    }
}
