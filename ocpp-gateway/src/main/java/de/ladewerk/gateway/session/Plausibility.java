package de.ladewerk.gateway.session;

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

    private final Duration futureTolerance;

    /** @param futureTolerance how far ahead of the CSMS clock a station clock may run */
    public Plausibility(Duration futureTolerance) {
        this.futureTolerance = futureTolerance;
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
            BigDecimal normalized = s.normalizedValue();
            if (inFuture(s.time(), now)) {
                rejections.add(Rejection.rejected(Rejection.Kind.FUTURE_TIMESTAMP, describe(s),
                        "sample time is more than " + futureTolerance.toSeconds() + " s after the CSMS clock (" + now + ")"));
            } else if (s.isNonNegativeEnergy() && normalized != null && normalized.signum() < 0) {
                rejections.add(Rejection.rejected(Rejection.Kind.NEGATIVE_ENERGY, describe(s),
                        "energy cannot be negative"));
            } else if (s.isEnergyRegister() && normalized != null && register != null
                    && normalized.compareTo(register) < 0) {
                rejections.add(Rejection.rejected(Rejection.Kind.ENERGY_BACKWARDS, describe(s),
                        "energy register went backwards from " + register.toPlainString() + " Wh"));
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

    /** A start time in the future becomes the CSMS's time. */
    public Instant startTime(Instant sent, Instant now, List<Rejection> out) {
        if (inFuture(sent, now)) {
            out.add(Rejection.corrected(Rejection.Kind.FUTURE_TIMESTAMP, "start " + sent, "start " + now,
                    "start time is in the future; the CSMS time is used"));
            return now;
        }
        return sent;
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
        if (inFuture(sent, now)) {
            out.add(Rejection.corrected(Rejection.Kind.FUTURE_TIMESTAMP, "stop " + sent, "stop " + now,
                    "stop time is in the future; the CSMS time is used"));
            sent = now;
        }
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

    private boolean inFuture(Instant t, Instant now) {
        return t.isAfter(now.plus(futureTolerance));
    }

    static String describe(MeterSample s) {
        return s.measurand() + (s.phase() == null ? "" : " " + s.phase()) + " = " + s.value().toPlainString() + " "
                + s.unit() + (s.multiplier() == 0 ? "" : " ×10^" + s.multiplier()) + " at " + s.time()
                + " (EVSE " + s.evseId() + ", " + s.context() + ")";
    }
}
