package de.ladewerk.simulator.behaviour;

import java.time.Instant;
import java.util.UUID;

/** One transaction on one EVSE, as the station keeps it. Used only on the station's event loop. */
final class SimTransaction {

    /** The station's own id: the 2.0.1 transactionId; in 1.6 only a local reference. */
    final String localId = UUID.randomUUID().toString();
    final int evseId;
    final int connectorId;
    final Instant start;
    final long meterStartWh;
    String idToken;
    Integer remoteStartId;
    /** The reservation this transaction uses, told to the CSMS at start. */
    Integer reservationId;
    /** The CSMS's transactionId (1.6), once StartTransaction was answered. */
    Integer csmsId;
    boolean authorized;
    boolean ended;
    int seqNo;
    String signedBegin;

    SimTransaction(int evseId, int connectorId, Instant start, long meterStartWh) {
        this.evseId = evseId;
        this.connectorId = connectorId;
        this.start = start;
        this.meterStartWh = meterStartWh;
    }

    int nextSeqNo() {
        return seqNo++;
    }
}
