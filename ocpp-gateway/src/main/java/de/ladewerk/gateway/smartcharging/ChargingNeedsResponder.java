package de.ladewerk.gateway.smartcharging;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.devmodel.StationCaller;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v201.common.ChargingProfile;
import de.ladewerk.ocpp.v201.common.ChargingProfileKind;
import de.ladewerk.ocpp.v201.common.ChargingProfilePurpose;
import de.ladewerk.ocpp.v201.common.ChargingRateUnit;
import de.ladewerk.ocpp.v201.common.ChargingSchedule;
import de.ladewerk.ocpp.v201.common.ChargingSchedulePeriod;
import de.ladewerk.ocpp.v201.smartcharging.ChargingProfileStatus;
import de.ladewerk.ocpp.v201.smartcharging.SetChargingProfileRequest;
import de.ladewerk.ocpp.v201.smartcharging.SetChargingProfileResponse;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an EV's charging needs with a TxProfile: reads the EVSE's limits, plans with the
 * {@link ChargingNeedsPlanner}, sends SetChargingProfile through the {@link StationCaller} and records
 * plan and answer; an accepted profile is stored as the EVSE's profile.
 */
public final class ChargingNeedsResponder {

    private static final Logger LOG = LoggerFactory.getLogger(ChargingNeedsResponder.class);
    // TxProfiles we set sit above the station's own defaults
    private static final int STACK_LEVEL = 1;

    private final ChargingProfileStore store;
    private final WorkerExecutor blocking;
    private final StationCaller caller;
    private final Clock clock;
    private final ChargingNeedsPlanner planner = new ChargingNeedsPlanner();
    private final PayloadCodec codec = new PayloadCodec(OcppVersion.V201);
    private volatile TransactionLookup transactions = TransactionLookup.NONE;
    // per station and EVSE: the last needs and the last TxProfile sent, so an EV schedule can be checked
    // at once (the stored profile is written only after the station's answer) and a renegotiation re-plans
    private final Map<String, ReceivedNeeds> lastNeeds = new ConcurrentHashMap<>();
    private final Map<String, SentProfile> lastSent = new ConcurrentHashMap<>();

    /** A TxProfile sent to an EVSE and when. */
    public record SentProfile(ChargingProfile profile, Instant sentAt) {
    }

    private record ReceivedNeeds(Instant at, EvNeeds needs) {
    }

    public ChargingNeedsResponder(ChargingProfileStore store, WorkerExecutor blocking, StationCaller caller, Clock clock) {
        this.store = store;
        this.blocking = blocking;
        this.caller = caller;
        this.clock = clock;
    }

    /** Where TxProfiles get their transactionId from (the sessions module wires it). */
    public void useTransactions(TransactionLookup lookup) {
        this.transactions = lookup;
    }

    /** Records the needs as received; completes after commit (before the station is answered). */
    public Future<Void> received(String stationId, int evseId, Instant at, JsonNode needs) {
        return Committed.on(store.needs(stationId, evseId, at, needs.toString()));
    }

    /**
     * Plans and sends the profile for needs recorded at {@code at}; completes with the station's
     * answer (also recorded). Call once the NotifyEVChargingNeeds answer is on its way.
     */
    public Future<SetChargingProfileResponse> respond(String stationId, int evseId, Instant at, EvNeeds ev) {
        lastNeeds.put(key(stationId, evseId), new ReceivedNeeds(at, ev));
        Future<StationLimit> limit = blocking.executeBlocking(() -> store.limitFor(stationId, evseId), false);
        return limit.compose(l -> transactions.activeTransaction(stationId, evseId).map(tx -> profile(ev, l, tx)))
                .compose(profile -> {
                    JsonNode request = codec.encode(new SetChargingProfileRequest(evseId, profile));
                    sent(stationId, evseId, profile);
                    return caller.call(stationId, "SetChargingProfile", request)
                            .map(a -> codec.decode(a, SetChargingProfileResponse.class))
                            .compose(answer -> record(stationId, evseId, at, profile, answer).map(answer),
                                    failure -> Committed.on(store.needsAnswered(stationId, evseId, at,
                                            json(profile), "Failed", failure.getMessage()))
                                            .transform(v -> Future.failedFuture(failure)));
                })
                .onFailure(e -> LOG.info("{}: no charging profile for EVSE {}'s needs: {}", stationId, evseId, e.toString()));
    }

    /**
     * The CSMS starts a new negotiation (K15.FR.13, K16): plans again from the EVSE's last needs (or, if
     * none are known, for an AC EV of unknown limits) and sends a new TxProfile.
     */
    public Future<SetChargingProfileResponse> renegotiate(String stationId, int evseId) {
        ReceivedNeeds last = lastNeeds.get(key(stationId, evseId));
        EvNeeds needs = last != null ? last.needs()
                : new EvNeeds(false, 3, 230, null, null, Double.POSITIVE_INFINITY, 0);
        return respond(stationId, evseId, last != null ? last.at() : clock.instant(), needs);
    }

    /** Notes a TxProfile the CSMS sent to an EVSE (here or as an operator's command). */
    public void sent(String stationId, int evseId, ChargingProfile profile) {
        if (profile.chargingProfilePurpose() == ChargingProfilePurpose.TxProfile) {
            lastSent.put(key(stationId, evseId), new SentProfile(profile, clock.instant()));
        }
    }

    /** The TxProfile last sent to the EVSE by this node, if any. */
    public Optional<SentProfile> lastSent(String stationId, int evseId) {
        return Optional.ofNullable(lastSent.get(key(stationId, evseId)));
    }

    private static String key(String stationId, int evseId) {
        return stationId + '\u0000' + evseId;
    }

    private ChargingProfile profile(EvNeeds ev, StationLimit limit, Optional<String> transactionId) {
        Instant now = clock.instant();
        ChargingPlan plan = planner.plan(ev, limit, now);
        // ids only need to be unique per station; seconds since the epoch are, for one EVSE at a time
        int id = (int) (now.getEpochSecond() % 1_000_000_000L);
        ChargingSchedule schedule = new ChargingSchedule(id, now, plan.durationSeconds(),
                plan.dc() ? ChargingRateUnit.W : ChargingRateUnit.A,
                List.of(new ChargingSchedulePeriod(0, plan.rate(), ev.dc() ? null : ev.phases(), null)), null, null);
        return new ChargingProfile(id, STACK_LEVEL, ChargingProfilePurpose.TxProfile, ChargingProfileKind.Absolute,
                null, null, ev.departure(), transactionId.orElse(null), List.of(schedule));
    }

    private Future<Void> record(String stationId, int evseId, Instant at, ChargingProfile profile,
                                SetChargingProfileResponse answer) {
        String detail = answer.statusInfo() == null ? null : answer.statusInfo().reasonCode();
        Future<Void> recorded = Committed.on(store.needsAnswered(stationId, evseId, at, json(profile),
                answer.status().name(), detail));
        if (answer.status() != ChargingProfileStatus.Accepted) {
            return recorded;
        }
        return recorded.compose(v -> Committed.on(store.profiles(List.of(new ReportedProfile(stationId, evseId,
                profile.id(), "CSO", profile.chargingProfilePurpose().name(), profile.stackLevel(),
                profile.transactionId(), json(profile), null, clock.instant())))));
    }

    private static String json(Object value) {
        return OcppJson.mapper().valueToTree(value).toString();
    }
}
