package de.ladewerk.simulator.behaviour;

import de.ladewerk.simulator.charge.LimitProfile;
import de.ladewerk.simulator.charge.Vehicle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the station does on the CSMS's commands, version-neutral; the version's handlers read the
 * request, call one of these and write the answer. Effects that must follow the answer (a start, a
 * reboot) are scheduled after it. Event loop only.
 */
final class StationCommands {

    /** What a remote start does when no vehicle is plugged in: the driver, who started from the app, plugs in. */
    static final Vehicle APP_START_VEHICLE = Vehicle.typical();

    private final ChargingStation station;

    StationCommands(ChargingStation station) {
        this.station = station;
    }

    /** Remote start: accepted when an EVSE (the one given, else the first free) can charge. */
    boolean remoteStart(Integer evseId, String idToken, Integer remoteStartId, LimitProfile txProfile) {
        Optional<EvseState> target = evseId != null && evseId > 0 ? station.findEvse(evseId)
                : station.evses().stream().filter(e -> e.transaction == null && !e.occupied() && usable(e)).findFirst();
        if (target.isEmpty() || !usable(target.get())
                || (target.get().transaction != null && target.get().transaction.authorized)
                || (target.get().reservationToken != null && !target.get().reservationToken.equals(idToken))) {
            return false;
        }
        EvseState evse = target.get();
        if (txProfile != null) {
            station.limits().install(txProfile);
        }
        station.afterAnswer(() -> {
            if (!evse.occupied()) {
                station.plugIn(evse.id(), APP_START_VEHICLE);
            }
            station.afterAnswer(() -> {
                if (station.settings().booleanValue("AuthorizeRemoteTxRequests")) {
                    station.authorize(idToken).onSuccess(ok -> {
                        if (ok && evse.occupied() && (evse.transaction == null || !evse.transaction.authorized)) {
                            station.startCharging(evse, idToken, remoteStartId);
                        }
                    });
                } else if (evse.occupied()) {
                    station.startCharging(evse, idToken, remoteStartId);
                }
            });
        });
        return true;
    }

    /** Remote stop of the transaction matching; false when none runs. */
    boolean remoteStop(Predicate<SimTransaction> which) {
        for (EvseState evse : station.evses()) {
            if (evse.transaction != null && which.test(evse.transaction)) {
                station.afterAnswer(() -> station.endTransaction(evse, StopReason.REMOTE));
                return true;
            }
        }
        return false;
    }

    /** Unlock: ends the transaction on the EVSE (the cable is released); false for an unknown EVSE. */
    boolean unlock(int evseId) {
        Optional<EvseState> evse = station.findEvse(evseId);
        evse.filter(e -> e.transaction != null)
                .ifPresent(e -> station.afterAnswer(() -> station.endTransaction(e, StopReason.UNLOCK_COMMAND)));
        return evse.isPresent();
    }

    /**
     * Availability of one EVSE (or all for {@code evseId} 0/null): "Accepted", "Scheduled" when a
     * transaction runs (applied when it ends), "Rejected" for an unknown EVSE.
     */
    String changeAvailability(Integer evseId, boolean operative) {
        List<EvseState> targets = new ArrayList<>();
        if (evseId == null || evseId == 0) {
            targets.addAll(station.evses());
        } else {
            station.findEvse(evseId).ifPresent(targets::add);
        }
        if (targets.isEmpty()) {
            return "Rejected";
        }
        boolean scheduled = false;
        for (EvseState evse : targets) {
            if (evse.transaction != null && !operative) {
                evse.pendingOperative = false;
                scheduled = true;
                continue;
            }
            evse.operative = operative;
            evse.pendingOperative = null;
            if (evse.status != EvseStatus.FAULTED && !evse.occupied()) {
                station.afterAnswer(() -> station.setStatus(evse, operative ? EvseStatus.AVAILABLE : EvseStatus.UNAVAILABLE));
            }
        }
        return scheduled ? "Scheduled" : "Accepted";
    }

    /** Reservation: "Accepted", or why not ("Occupied", "Faulted", "Unavailable", "Rejected"). */
    String reserve(Integer evseId, String idToken, Instant expiry, int reservationId) {
        Optional<EvseState> target = evseId != null && evseId > 0 ? station.findEvse(evseId)
                : station.evses().stream().filter(e -> !e.occupied() && e.reservationId == null && usable(e)).findFirst();
        if (target.isEmpty()) {
            return "Rejected";
        }
        EvseState evse = target.get();
        if (evse.status == EvseStatus.FAULTED) {
            return "Faulted";
        }
        if (!evse.operative) {
            return "Unavailable";
        }
        if (evse.occupied() || (evse.reservationId != null && evse.reservationId != reservationId)) {
            return "Occupied";
        }
        evse.reservationId = reservationId;
        evse.reservationToken = idToken;
        evse.reservationExpiry = expiry;
        station.afterAnswer(() -> station.setStatus(evse, EvseStatus.RESERVED));
        long millis = station.clock().wallMillis(Duration.between(station.clock().now(), expiry));
        station.vertx().setTimer(Math.max(1, millis), id -> {
            if (evse.reservationId != null && evse.reservationId == reservationId) {
                cancelReservation(reservationId);
            }
        });
        return "Accepted";
    }

    boolean cancelReservation(int reservationId) {
        for (EvseState evse : station.evses()) {
            if (evse.reservationId != null && evse.reservationId == reservationId) {
                evse.reservationId = null;
                evse.reservationToken = null;
                if (evse.status == EvseStatus.RESERVED) {
                    station.afterAnswer(() -> station.setStatus(evse, EvseStatus.AVAILABLE));
                }
                return true;
            }
        }
        return false;
    }

    /** Installs a profile: accepted unless its stack level is above the maximum or it names no EVSE there is. */
    boolean setProfile(LimitProfile profile) {
        if (profile.stackLevel() > station.settings().intValue("ChargeProfileMaxStackLevel")
                || (profile.evseId() != 0 && station.findEvse(profile.evseId()).isEmpty())
                || (profile.purpose() == LimitProfile.Purpose.TX && profile.evseId() == 0)) {
            return false;
        }
        if (profile.purpose() == LimitProfile.Purpose.TX && station.evse(profile.evseId()).transaction == null) {
            return false;
        }
        // the past is charged under the old limits, the new one counts from now
        station.advanceAll();
        station.limits().install(profile);
        return true;
    }

    int clearProfiles(Integer id, Integer evseId, LimitProfile.Purpose purpose, Integer stackLevel) {
        station.advanceAll();
        return station.limits().clear(id, evseId, purpose, stackLevel);
    }

    /**
     * The limit the EVSE will obey over the next {@code seconds}, in W, as periods (start second,
     * limit) where it changes, sampled each minute; the EVSE's rating where no profile limits it.
     */
    List<double[]> compositeSchedule(int evseId, int seconds) {
        EvseState evse = station.evse(evseId);
        Instant now = station.clock().now();
        SimTransaction tx = evse.transaction;
        String key = tx == null ? null : station.flowLimitKey(tx);
        int phases = evse.progress != null ? evse.progress.phases() : evse.spec.phases();
        List<double[]> periods = new ArrayList<>();
        for (int t = 0; t < Math.max(1, seconds); t += 60) {
            double limit = station.limits().limitW(evseId, now.plusSeconds(t), key, tx == null ? null : tx.start, phases, 1);
            limit = Math.min(limit, evse.spec.maxPowerKw() * 1000);
            if (periods.isEmpty() || periods.get(periods.size() - 1)[1] != limit) {
                periods.add(new double[] {t, limit});
            }
        }
        return periods;
    }

    /**
     * TriggerMessage: schedules the message after the answer; false when the station does not send
     * that message on request. {@code evseId} null means every EVSE.
     */
    boolean trigger(String message, Integer evseId) {
        switch (message) {
            case "BootNotification":
                station.afterAnswer(station::bootAgain);
                return true;
            case "Heartbeat":
                station.afterAnswer(station::scheduleHeartbeatNow);
                return true;
            case "StatusNotification":
                station.afterAnswer(() -> station.evses().stream().filter(e -> evseId == null || e.id() == evseId)
                        .forEach(e -> {
                            e.reportedStatus = null;
                            station.flowStatus(e);
                        }));
                return true;
            case "MeterValues":
            case "TransactionEvent":
                station.afterAnswer(() -> station.evses().stream().filter(e -> evseId == null || e.id() == evseId)
                        .forEach(e -> {
                            station.advance(e);
                            station.flowSample(e, true);
                        }));
                return true;
            default:
                return false;
        }
    }

    private static boolean usable(EvseState evse) {
        return evse.operative && evse.status != EvseStatus.FAULTED;
    }
}
