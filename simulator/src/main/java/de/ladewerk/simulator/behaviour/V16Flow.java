package de.ladewerk.simulator.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import java.time.Instant;

/**
 * OCPP 1.6: the transaction begins with StartTransaction once the driver is identified, meter values
 * are MeterValues with the CSMS's transactionId, and StopTransaction carries the transaction's begin
 * and end readings (signed as OCMF when the meter signs) in transactionData.
 */
final class V16Flow implements VersionFlow {

    private final ChargingStation station;

    V16Flow(ChargingStation station) {
        this.station = station;
    }

    @Override
    public void status(EvseState evse) {
        String status = evse.status.v16();
        if (!status.equals(evse.reportedStatus) && station.isOnline()) {
            evse.reportedStatus = status;
            station.send("StatusNotification", statusPayload(connectorId(evse, evse.connectorInUse), status,
                    evse.errorCode));
        }
    }

    @Override
    public void reportAll() {
        boolean allFaulted = station.evses().stream().allMatch(e -> e.status == EvseStatus.FAULTED);
        station.send("StatusNotification", statusPayload(0, allFaulted ? "Faulted" : "Available", null));
        for (EvseState evse : station.evses()) {
            for (int c = 1; c <= evse.spec.connectors().size(); c++) {
                EvseStatus status = c == evse.connectorInUse || !evse.occupied() ? evse.status : EvseStatus.AVAILABLE;
                station.send("StatusNotification", statusPayload(connectorId(evse, c), status.v16(), evse.errorCode));
            }
            evse.reportedStatus = evse.status.v16();
        }
    }

    private ObjectNode statusPayload(int connectorId, String status, String errorCode) {
        return Json.obj().put("connectorId", connectorId).put("errorCode", errorCode == null ? "NoError" : errorCode)
                .put("status", status).put("timestamp", Json.time(station.now()));
    }

    private int connectorId(EvseState evse, int connector) {
        return station.model().v16ConnectorId(evse.id(), connector);
    }

    @Override
    public Future<String> authorize(String idToken) {
        return station.call("Authorize", Json.obj().put("idTag", idToken))
                .map(answer -> answer.path("idTagInfo").path("status").asText());
    }

    @Override
    public void plugged(EvseState evse) {
        evse.status = EvseStatus.PREPARING;
        status(evse);
    }

    @Override
    public void authorized(EvseState evse, boolean remote) {
        SimTransaction tx = evse.transaction;
        ObjectNode start = Json.obj().put("connectorId", connectorId(evse, tx.connectorId)).put("idTag", tx.idToken)
                .put("meterStart", tx.meterStartWh).put("timestamp", Json.time(station.timestamp(tx.start)));
        if (tx.reservationId != null) {
            start.put("reservationId", tx.reservationId);
        }
        station.enqueue(new Outbox.Message("StartTransaction", () -> start, answer -> {
            tx.csmsId = answer.path("transactionId").asInt();
            String status = answer.path("idTagInfo").path("status").asText();
            if (!"Accepted".equals(status) && !tx.ended && evse.transaction == tx
                    && station.settings().booleanValue("StopTransactionOnInvalidId")) {
                station.endTransaction(evse, StopReason.DEAUTHORIZED);
            }
        }));
        status(evse);
    }

    @Override
    public void sample(EvseState evse, boolean triggered) {
        SimTransaction tx = evse.transaction;
        ObjectNode payload = Json.obj().put("connectorId", connectorId(evse, evse.connectorInUse));
        payload.putArray("meterValue").addObject().put("timestamp", Json.time(station.now()))
                .set("sampledValue", sampledValues(evse, triggered ? "Trigger" : "Sample.Periodic"));
        if (tx == null) {
            station.send("MeterValues", payload);
            return;
        }
        station.enqueue(new Outbox.Message("MeterValues", () -> tx.csmsId == null ? null
                : payload.deepCopy().put("transactionId", tx.csmsId), null));
    }

    @Override
    public void chargingStateChanged(EvseState evse) {
        status(evse);
    }

    @Override
    public void stopped(EvseState evse, StopReason reason, String signedEnd) {
        SimTransaction tx = evse.transaction;
        Instant end = station.now();
        ObjectNode stop = Json.obj().put("meterStop", evse.registerWhRounded()).put("timestamp", Json.time(end))
                .put("reason", reason.v16()).put("idTag", tx.idToken);
        ArrayNode data = stop.putArray("transactionData");
        data.add(reading(station.timestamp(tx.start), tx.meterStartWh, "Transaction.Begin", tx.signedBegin));
        data.add(reading(end, evse.registerWhRounded(), "Transaction.End", signedEnd));
        station.enqueue(new Outbox.Message("StopTransaction", () -> tx.csmsId == null ? null
                : stop.deepCopy().put("transactionId", tx.csmsId), null));
        status(evse);
    }

    private static ObjectNode reading(Instant time, long registerWh, String context, String signed) {
        ObjectNode meterValue = Json.obj().put("timestamp", Json.time(time));
        ArrayNode values = meterValue.putArray("sampledValue");
        values.addObject().put("value", Long.toString(registerWh)).put("context", context)
                .put("measurand", "Energy.Active.Import.Register").put("location", "Outlet").put("unit", "Wh");
        if (signed != null) {
            values.addObject().put("value", signed).put("context", context).put("format", "SignedData")
                    .put("measurand", "Energy.Active.Import.Register").put("location", "Outlet").put("unit", "Wh");
        }
        return meterValue;
    }

    @Override
    public String limitKey(SimTransaction transaction) {
        return transaction.csmsId == null ? null : transaction.csmsId.toString();
    }

    @Override
    public void registerHandlers(CsmsCalls calls) {
        new V16Handlers(station, new StationCommands(station)).register(calls);
    }

    @Override
    public JsonNode sampledValues(EvseState evse, String context) {
        ArrayNode values = Json.obj().arrayNode();
        for (Measurands.Value v : Measurands.sample(evse, station.settings().value("MeterValuesSampledData"))) {
            ObjectNode value = values.addObject().put("value", format(v.value())).put("context", context)
                    .put("measurand", v.measurand());
            if (v.phase() != null) {
                value.put("phase", v.phase());
            }
            value.put("location", v.location()).put("unit", v.unit());
        }
        return values;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
