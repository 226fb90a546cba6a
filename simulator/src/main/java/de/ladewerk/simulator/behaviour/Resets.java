package de.ladewerk.simulator.behaviour;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Resets as a well-behaved station carries them out. Immediate: the transactions concerned end
 * (ImmediateReset) and the reset follows at once. OnIdle while a transaction concerned runs: the
 * answer is "Scheduled" and the reset happens when the last of them has ended. A station reset
 * reboots (closes the connection, boots again); an EVSE reset restarts that EVSE only — it reports
 * Unavailable for a moment, then its state again — and the station stays connected. The schedule
 * lives here, not in the per-connection handlers, so it survives a reconnect. Event loop only.
 */
final class Resets {

    /** How long an EVSE stays unavailable while it restarts (simulated time). */
    static final Duration EVSE_RESTART = Duration.ofSeconds(2);

    private final ChargingStation station;
    private final Set<Integer> pendingEvses = new HashSet<>();
    private boolean pendingStation;

    Resets(ChargingStation station) {
        this.station = station;
    }

    /**
     * A Reset request: "Accepted", "Scheduled" (OnIdle, a transaction runs) or "Rejected" (no such EVSE).
     *
     * @param evseId    the EVSE to reset, {@code null} or 0 for the whole station
     * @param immediate Immediate (1.6: always) rather than OnIdle
     * @param hard      1.6 Hard rather than Soft: only the stop reason differs
     */
    String reset(Integer evseId, boolean immediate, boolean hard) {
        StopReason reason = hard ? StopReason.HARD_RESET : StopReason.SOFT_RESET;
        if (evseId != null && evseId > 0) {
            Optional<EvseState> target = station.findEvse(evseId);
            if (target.isEmpty()) {
                return "Rejected";
            }
            EvseState evse = target.get();
            if (evse.transaction != null && !immediate) {
                pendingEvses.add(evseId);
                return "Scheduled";
            }
            station.afterAnswer(() -> {
                station.endTransaction(evse, reason);
                restart(evse);
            });
            return "Accepted";
        }
        if (!immediate && station.evses().stream().anyMatch(e -> e.transaction != null)) {
            pendingStation = true;
            return "Scheduled";
        }
        station.afterAnswer(() -> {
            station.evses().forEach(e -> station.endTransaction(e, reason));
            pendingEvses.clear();
            station.reboot();
        });
        return "Accepted";
    }

    /** A transaction ended: carries out the resets that waited for it. */
    void transactionEnded(EvseState evse) {
        if (pendingEvses.remove(evse.id())) {
            station.afterAnswer(() -> restart(evse));
        }
        if (pendingStation && station.evses().stream().noneMatch(e -> e.transaction != null)) {
            pendingStation = false;
            pendingEvses.clear();
            station.afterAnswer(station::reboot);
        }
    }

    private void restart(EvseState evse) {
        EvseStatus after = evse.status;
        station.setStatus(evse, EvseStatus.UNAVAILABLE);
        station.vertx().setTimer(Math.max(1, station.clock().wallMillis(EVSE_RESTART)), id -> {
            if (evse.status == EvseStatus.UNAVAILABLE && evse.operative) {
                station.setStatus(evse, after == EvseStatus.UNAVAILABLE ? EvseStatus.AVAILABLE : after);
            }
        });
    }
}
