package de.ladewerk.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.simulator.ocmf.MeterSigner;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * OCPP 2.0.1: the transaction starts when the cable is plugged in (TxStartPoint EVConnected) and every
 * step is a TransactionEvent with a growing seqNo; events created while offline say so
 * ({@code offline: true}) and are replayed in order. Signed readings travel as signedMeterValue
 * (Base64 OCMF) on the energy register.
 */
final class V201Flow implements VersionFlow {

    private final ChargingStation station;

    V201Flow(ChargingStation station) {
        this.station = station;
    }

    @Override
    public void status(EvseState evse) {
        String status = evse.status.v201();
        if (!status.equals(evse.reportedStatus) && station.isOnline()) {
            evse.reportedStatus = status;
            station.send("StatusNotification", statusPayload(evse, evse.connectorInUse, status));
        }
    }

    @Override
    public void reportAll() {
        for (EvseState evse : station.evses()) {
            for (int c = 1; c <= evse.spec.connectors().size(); c++) {
                EvseStatus status = c == evse.connectorInUse || !evse.occupied() ? evse.status : EvseStatus.AVAILABLE;
                station.send("StatusNotification", statusPayload(evse, c, status.v201()));
            }
            evse.reportedStatus = evse.status.v201();
        }
    }

    private ObjectNode statusPayload(EvseState evse, int connectorId, String status) {
        return Json.obj().put("timestamp", Json.time(station.now())).put("connectorStatus", status)
                .put("evseId", evse.id()).put("connectorId", connectorId);
    }

    @Override
    public Future<String> authorize(String idToken) {
        return station.call("Authorize", Json.obj().set("idToken", token(idToken)))
                .map(answer -> answer.path("idTokenInfo").path("status").asText());
    }

    @Override
    public void plugged(EvseState evse) {
        evse.status = EvseStatus.PREPARING;
        status(evse);
        Instant now = station.clock().now();
        evse.transaction = new SimTransaction(evse.id(), evse.connectorInUse, now, evse.registerWhRounded());
        ObjectNode event = event(evse.transaction, "Started", "CablePluggedIn", "EVConnected");
        event.putObject("evse").put("id", evse.id()).put("connectorId", evse.connectorInUse);
        event.putArray("meterValue").add(meterValue(station.timestamp(now), evse.transaction.meterStartWh,
                "Transaction.Begin", null, null));
        queue(event);
    }

    @Override
    public void authorized(EvseState evse, boolean remote) {
        SimTransaction tx = evse.transaction;
        boolean first = tx.seqNo == 0;
        ObjectNode event = event(tx, first ? "Started" : "Updated", remote ? "RemoteStart" : "Authorized", "Charging");
        if (first) {
            event.putObject("evse").put("id", evse.id()).put("connectorId", tx.connectorId);
        }
        event.set("idToken", token(tx.idToken));
        if (tx.reservationId != null) {
            event.put("reservationId", tx.reservationId);
        }
        if (tx.remoteStartId != null) {
            ((ObjectNode) event.get("transactionInfo")).put("remoteStartId", tx.remoteStartId);
        }
        event.putArray("meterValue").add(meterValue(station.now(), evse.registerWhRounded(), "Transaction.Begin",
                tx.signedBegin, evse.meter));
        queue(event);
        status(evse);
    }

    @Override
    public void sample(EvseState evse, boolean triggered) {
        SimTransaction tx = evse.transaction;
        String context = triggered ? "Trigger" : "Sample.Periodic";
        ObjectNode meterValue = Json.obj().put("timestamp", Json.time(station.now()));
        meterValue.set("sampledValue", sampledValues(evse, context));
        if (tx == null) {
            ObjectNode payload = Json.obj().put("evseId", evse.id());
            payload.putArray("meterValue").add(meterValue);
            station.send("MeterValues", payload);
            return;
        }
        ObjectNode event = event(tx, "Updated", triggered ? "Trigger" : "MeterValuePeriodic", chargingState(evse));
        event.putArray("meterValue").add(meterValue);
        queue(event);
    }

    @Override
    public void chargingStateChanged(EvseState evse) {
        queue(event(evse.transaction, "Updated", "ChargingStateChanged", chargingState(evse)));
    }

    @Override
    public void stopped(EvseState evse, StopReason reason, String signedEnd) {
        SimTransaction tx = evse.transaction;
        ObjectNode event = event(tx, "Ended", reason.v201Trigger(), evse.occupied() ? "EVConnected" : "Idle");
        ((ObjectNode) event.get("transactionInfo")).put("stoppedReason", reason.v201());
        if (tx.idToken != null) {
            event.set("idToken", token(tx.idToken));
        }
        event.putArray("meterValue").add(meterValue(station.now(), evse.registerWhRounded(), "Transaction.End",
                signedEnd, evse.meter));
        queue(event);
        status(evse);
    }

    private ObjectNode event(SimTransaction tx, String type, String trigger, String chargingState) {
        ObjectNode event = Json.obj().put("eventType", type).put("timestamp", Json.time(station.now()))
                .put("triggerReason", trigger).put("seqNo", tx.nextSeqNo());
        if (!station.isOnline()) {
            event.put("offline", true);
        }
        ObjectNode info = event.putObject("transactionInfo").put("transactionId", tx.localId);
        if (chargingState != null) {
            info.put("chargingState", chargingState);
        }
        return event;
    }

    private void queue(ObjectNode event) {
        station.enqueue(new Outbox.Message("TransactionEvent", () -> event, null));
    }

    private static String chargingState(EvseState evse) {
        switch (evse.status) {
            case SUSPENDED_EV:
                return "SuspendedEV";
            case SUSPENDED_EVSE:
                return "SuspendedEVSE";
            case CHARGING:
                return "Charging";
            default:
                return "EVConnected";
        }
    }

    private static ObjectNode meterValue(Instant time, long registerWh, String context, String signed, MeterSigner meter) {
        ObjectNode meterValue = Json.obj().put("timestamp", Json.time(time));
        ObjectNode value = meterValue.putArray("sampledValue").addObject().put("value", registerWh)
                .put("context", context).put("measurand", "Energy.Active.Import.Register").put("location", "Outlet");
        if (signed != null) {
            value.putObject("signedMeterValue")
                    .put("signedMeterData", Base64.getEncoder().encodeToString(signed.getBytes(StandardCharsets.UTF_8)))
                    .put("signingMethod", MeterSigner.ALGORITHM).put("encodingMethod", "OCMF")
                    .put("publicKey", Base64.getEncoder().encodeToString(meter.publicKey().getEncoded()));
        }
        value.putObject("unitOfMeasure").put("unit", "Wh");
        return meterValue;
    }

    private static ObjectNode token(String idToken) {
        return Json.obj().put("idToken", idToken).put("type", "ISO14443");
    }

    @Override
    public String limitKey(SimTransaction transaction) {
        return transaction.localId;
    }

    @Override
    public void registerHandlers(CsmsCalls calls) {
        new V201Handlers(station, new StationCommands(station)).register(calls);
    }

    @Override
    public JsonNode sampledValues(EvseState evse, String context) {
        ArrayNode values = Json.obj().arrayNode();
        for (Measurands.Value v : Measurands.sample(evse, station.settings().value("MeterValuesSampledData"))) {
            ObjectNode value = values.addObject().put("value", BigDecimal.valueOf(v.value())).put("context", context)
                    .put("measurand", v.measurand());
            if (v.phase() != null) {
                value.put("phase", v.phase());
            }
            value.put("location", v.location());
            value.putObject("unitOfMeasure").put("unit", v.unit());
        }
        return values;
    }
}
