package de.ladewerk.simulator.charge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The charging profiles installed on a station and the limit they set for an EVSE at a moment,
 * as OCPP's smart charging defines it: per purpose, the valid profile with the highest stack level
 * wins; a TxProfile for the running transaction replaces the TxDefaultProfile; the station maximum
 * caps the result, shared equally among the EVSEs charging. Not thread-safe.
 */
public final class ChargingLimits {

    private final List<LimitProfile> profiles = new ArrayList<>();

    /**
     * Installs a profile, replacing one with the same id, or with the same purpose, stack level and
     * EVSE (OCPP's rule for conflicting profiles).
     */
    public void install(LimitProfile profile) {
        profiles.removeIf(p -> p.id() == profile.id() || (p.purpose() == profile.purpose()
                && p.stackLevel() == profile.stackLevel() && p.evseId() == profile.evseId()));
        profiles.add(profile);
    }

    /**
     * Removes the profiles matching every criterion given (a {@code null} criterion matches all).
     *
     * @return how many were removed
     */
    public int clear(Integer id, Integer evseId, LimitProfile.Purpose purpose, Integer stackLevel) {
        int before = profiles.size();
        profiles.removeIf(p -> (id == null || p.id() == id) && (evseId == null || p.evseId() == evseId)
                && (purpose == null || p.purpose() == purpose) && (stackLevel == null || p.stackLevel() == stackLevel));
        return before - profiles.size();
    }

    /** Drops the TxProfiles of a transaction that ended. */
    public void transactionEnded(String transactionId) {
        profiles.removeIf(p -> p.purpose() == LimitProfile.Purpose.TX && transactionId.equals(p.transactionId()));
    }

    public Collection<LimitProfile> installed() {
        return List.copyOf(profiles);
    }

    /**
     * The limit in W for an EVSE at {@code now}; {@code Infinity} when no profile limits it.
     *
     * @param transactionId the EVSE's running transaction, or {@code null}
     * @param txStart       its start, for relative profiles
     * @param phases        phases in use, to turn amps into watts
     * @param evsesCharging how many EVSEs share the station maximum now (at least 1)
     */
    public double limitW(int evseId, Instant now, String transactionId, Instant txStart, int phases, int evsesCharging) {
        Double tx = best(LimitProfile.Purpose.TX, evseId, now, transactionId, txStart, phases);
        Double txDefault = best(LimitProfile.Purpose.TX_DEFAULT, evseId, now, transactionId, txStart, phases);
        if (txDefault == null) {
            txDefault = best(LimitProfile.Purpose.TX_DEFAULT, 0, now, transactionId, txStart, phases);
        }
        double limit = tx != null ? tx : txDefault != null ? txDefault : Double.POSITIVE_INFINITY;
        Double stationMax = best(LimitProfile.Purpose.STATION_MAX, 0, now, transactionId, txStart, phases);
        if (stationMax != null) {
            limit = Math.min(limit, stationMax / Math.max(1, evsesCharging));
        }
        return limit;
    }

    private Double best(LimitProfile.Purpose purpose, int evseId, Instant now, String transactionId, Instant txStart,
                        int phases) {
        LimitProfile winner = null;
        Double winnerLimit = null;
        for (LimitProfile p : profiles) {
            if (p.purpose() != purpose || p.evseId() != evseId) {
                continue;
            }
            // a TxProfile naming a transaction applies to that one only; one naming none, to the EVSE's
            if (purpose == LimitProfile.Purpose.TX && p.transactionId() != null
                    && !Objects.equals(p.transactionId(), transactionId)) {
                continue;
            }
            Double limit = p.limitW(now, txStart, phases);
            if (limit != null && (winner == null || p.stackLevel() > winner.stackLevel())) {
                winner = p;
                winnerLimit = limit;
            }
        }
        return winnerLimit;
    }
}
