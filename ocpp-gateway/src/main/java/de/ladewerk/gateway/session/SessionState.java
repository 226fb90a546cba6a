package de.ladewerk.gateway.session;

import de.ladewerk.gateway.authorization.IdToken;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the service keeps in memory about one session to check and sequence its messages: the last
 * plausible energy register, the 2.0.1 seqNos seen, the running-cost timer. A station's calls arrive
 * one at a time, but their completions run on other threads, hence the synchronisation.
 */
public final class SessionState {

    private final long sessionId;
    private final String stationId;
    private final String transactionId;
    private final Instant startedAt;
    private final BigDecimal meterStartWh;
    private final Set<Integer> seqNos = new TreeSet<>();
    private Integer evseId;
    private Integer connectorId;
    private IdToken token;
    private BigDecimal lastEnergyWh;
    private Instant lastEnergyAt;
    /**
     * What charged energy is counted from for the running cost: the start reading, or without one the first
     * register reading this instance saw (after a reload without start reading, the last one stored, so the
     * running cost never overstates).
     */
    private BigDecimal energyBaselineWh;
    private Integer lastSeqNo;
    private String chargingState;
    private boolean ended;
    private Instant lastCostAt;

    public SessionState(long sessionId, String stationId, String transactionId, Integer evseId, Integer connectorId,
                        IdToken token, Instant startedAt, BigDecimal meterStartWh, BigDecimal lastEnergyWh,
                        Instant lastEnergyAt, String chargingState, boolean ended, Collection<Integer> seqNos) {
        this.sessionId = sessionId;
        this.stationId = stationId;
        this.transactionId = transactionId;
        this.evseId = evseId;
        this.connectorId = connectorId;
        this.token = token;
        this.startedAt = startedAt;
        this.meterStartWh = meterStartWh;
        this.lastEnergyWh = lastEnergyWh != null ? lastEnergyWh : meterStartWh;
        this.energyBaselineWh = meterStartWh != null ? meterStartWh : lastEnergyWh;
        this.lastEnergyAt = lastEnergyAt;
        this.chargingState = chargingState;
        this.ended = ended;
        this.seqNos.addAll(seqNos);
        this.lastSeqNo = this.seqNos.isEmpty() ? null : ((TreeSet<Integer>) this.seqNos).last();
    }

    public long sessionId() {
        return sessionId;
    }

    public String stationId() {
        return stationId;
    }

    public String transactionId() {
        return transactionId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public BigDecimal meterStartWh() {
        return meterStartWh;
    }

    public synchronized Integer evseId() {
        return evseId;
    }

    public synchronized Integer connectorId() {
        return connectorId;
    }

    public synchronized IdToken token() {
        return token;
    }

    public synchronized BigDecimal lastEnergyWh() {
        return lastEnergyWh;
    }

    /**
     * Energy charged so far as far as known: from the start reading (or, without one, the first register reading)
     * to the last; zero before any reading, so a running cost can always be given.
     */
    public synchronized BigDecimal energySoFarWh() {
        return lastEnergyWh == null || energyBaselineWh == null ? BigDecimal.ZERO
                : lastEnergyWh.subtract(energyBaselineWh).max(BigDecimal.ZERO);
    }

    public synchronized Instant lastEnergyAt() {
        return lastEnergyAt;
    }

    public synchronized String chargingState() {
        return chargingState;
    }

    public synchronized boolean ended() {
        return ended;
    }

    public synchronized Integer lastSeqNo() {
        return lastSeqNo;
    }

    /** Whether this seqNo was committed before: a retry. */
    public synchronized boolean seen(int seqNo) {
        return seqNos.contains(seqNo);
    }

    /** The seqNo expected next, or {@code null} before the first (a station may start anywhere, e.g. 0). */
    public synchronized Integer expectedSeqNo() {
        return lastSeqNo == null ? null : lastSeqNo + 1;
    }

    synchronized void committedSeqNo(int seqNo) {
        seqNos.add(seqNo);
        lastSeqNo = lastSeqNo == null ? seqNo : Math.max(lastSeqNo, seqNo);
    }

    synchronized void committedEnergy(BigDecimal wh, Instant at) {
        if (wh != null) {
            lastEnergyWh = wh;
            lastEnergyAt = at;
            if (energyBaselineWh == null) {
                energyBaselineWh = wh;
            }
        }
    }

    synchronized void committedDetails(Integer evse, Integer connector, IdToken newToken, String state) {
        evseId = evse != null ? evse : evseId;
        connectorId = connector != null ? connector : connectorId;
        token = token != null ? token : newToken; // the first token stays the session's; changes are in the events
        chargingState = state != null ? state : chargingState;
    }

    synchronized void committedEnd() {
        ended = true;
    }

    /** True, and remembers {@code at}, when a running cost is due (at most once per {@code everySeconds}). */
    public synchronized boolean costDue(Instant at, long everySeconds) {
        if (lastCostAt != null && at.isBefore(lastCostAt.plusSeconds(everySeconds))) {
            return false;
        }
        lastCostAt = at;
        return true;
    }
}
