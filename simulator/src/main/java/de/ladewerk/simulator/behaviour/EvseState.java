package de.ladewerk.simulator.behaviour;

import de.ladewerk.simulator.charge.ChargeProgress;
import de.ladewerk.simulator.charge.Vehicle;
import de.ladewerk.simulator.model.EvseSpec;
import de.ladewerk.simulator.ocmf.MeterSigner;
import java.time.Instant;

/** The live state of one EVSE. Used only on the station's event loop. */
final class EvseState {

    final EvseSpec spec;
    final MeterSigner meter;
    EvseStatus status = EvseStatus.AVAILABLE;
    String errorCode;
    boolean operative = true;
    /** Availability change asked for while a transaction ran: applied when it ends. */
    Boolean pendingOperative;
    Vehicle vehicle;
    ChargeProgress progress;
    SimTransaction transaction;
    /** The connector (1-based within the EVSE) the vehicle is plugged into. */
    int connectorInUse = 1;
    /** The meter register, whole life of the meter, in Wh. */
    double registerWh;
    Integer reservationId;
    String reservationToken;
    Instant reservationExpiry;
    long sampleTimer = -1;
    /** The status last sent for the connector in use, to send changes only. */
    String reportedStatus;

    EvseState(EvseSpec spec, MeterSigner meter, double registerWh) {
        this.spec = spec;
        this.meter = meter;
        this.registerWh = registerWh;
    }

    int id() {
        return spec.id();
    }

    boolean occupied() {
        return vehicle != null;
    }

    long registerWhRounded() {
        return (long) Math.floor(progress != null ? progress.registerWh() : registerWh);
    }
}
