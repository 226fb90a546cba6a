package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.gateway.smartcharging.ChargingNeedsResponder;
import de.ladewerk.gateway.smartcharging.EvNeeds;
import de.ladewerk.ocpp.error.ErrorKind;
import de.ladewerk.ocpp.error.OcppException;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.v201.smartcharging.AcChargingParameters;
import de.ladewerk.ocpp.v201.smartcharging.ChargingNeeds;
import de.ladewerk.ocpp.v201.smartcharging.DcChargingParameters;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingNeedsRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingNeedsResponse;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingNeedsStatus;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Instant;

/**
 * OCPP 2.0.1 NotifyEVChargingNeeds: recorded, answered Accepted, and then (once the answer is out)
 * followed by a SetChargingProfile TxProfile that fits the needs within the EVSE's limits.
 */
public final class V201NotifyEVChargingNeedsHandler
        implements CallHandler<NotifyEVChargingNeedsRequest, NotifyEVChargingNeedsResponse> {

    /** Volts per phase assumed for AC: the low-voltage grid's nominal value. */
    static final double AC_PHASE_VOLTAGE = 230;

    private final ChargingNeedsResponder responder;
    private final Clock clock;

    public V201NotifyEVChargingNeedsHandler(ChargingNeedsResponder responder, Clock clock) {
        this.responder = responder;
        this.clock = clock;
    }

    @Override
    public Future<NotifyEVChargingNeedsResponse> handle(StationSession session, NotifyEVChargingNeedsRequest r) {
        EvNeeds needs;
        try {
            needs = needs(r.chargingNeeds());
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(new OcppException(ErrorKind.PROPERTY_CONSTRAINT_VIOLATION, e.getMessage()));
        }
        Instant at = clock.instant();
        Context context = Vertx.currentContext();
        return responder.received(session.stationId(), r.evseId(), at, OcppJson.mapper().valueToTree(r.chargingNeeds()))
                .map(v -> {
                    // runs after this task, i.e. after the connection wrote our answer
                    context.runOnContext(x -> responder.respond(session.stationId(), r.evseId(), at, needs));
                    return new NotifyEVChargingNeedsResponse(NotifyEVChargingNeedsStatus.Accepted, null);
                });
    }

    static EvNeeds needs(ChargingNeeds n) {
        DcChargingParameters dc = n.dcChargingParameters();
        AcChargingParameters ac = n.acChargingParameters();
        switch (n.requestedEnergyTransfer()) {
            case DC -> {
                if (dc == null) {
                    throw new IllegalArgumentException("DC transfer requested without dcChargingParameters");
                }
                double maxPower = dc.evMaxPower() != null ? dc.evMaxPower() : (double) dc.evMaxCurrent() * dc.evMaxVoltage();
                return new EvNeeds(true, 1, dc.evMaxVoltage(), dcEnergy(dc), n.departureTime(), maxPower, 0);
            }
            default -> {
                int phases = switch (n.requestedEnergyTransfer()) {
                    case AC_single_phase -> 1;
                    case AC_two_phase -> 2;
                    default -> 3;
                };
                if (ac == null) {
                    // acChargingParameters is optional (TC_K_55..59 send none): the EV's limits are then unknown
                    return new EvNeeds(false, phases, AC_PHASE_VOLTAGE, null, n.departureTime(),
                            Double.POSITIVE_INFINITY, 0);
                }
                return new EvNeeds(false, phases, AC_PHASE_VOLTAGE, (double) ac.energyAmount(), n.departureTime(),
                        ac.evMaxCurrent(), ac.evMinCurrent());
            }
        }
    }

    /** The energy a DC EV asks for, or what fills it from its state of charge to full, if it said. */
    private static Double dcEnergy(DcChargingParameters dc) {
        if (dc.energyAmount() != null) {
            return (double) dc.energyAmount();
        }
        if (dc.evEnergyCapacity() != null && dc.stateOfCharge() != null) {
            int full = dc.fullSoC() == null ? 100 : dc.fullSoC();
            return Math.max(0, dc.evEnergyCapacity() * (full - dc.stateOfCharge()) / 100.0);
        }
        return null;
    }
}
