package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.behaviour.ChargingStation;
import de.ladewerk.simulator.charge.Vehicle;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCPP 1.6 reservations (OCA TC_046 … TC_052) and central smart charging (TC_056 … TC_067) against the
 * simulator's station: what the CSMS records (reservations, the session's reservation) and that the
 * profiles it sends are the ones the station then obeys.
 */
class ReservationSmartChargingV16ConformanceIT {

    private static CommandKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new CommandKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    private static String reserve(int connector, String tag, int id) {
        return "{'connectorId':" + connector + ",'expiryDate':'" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                .plusSeconds(3600) + "','idTag':'" + tag + "','reservationId':" + id + "}";
    }

    private static String reservation(String station, int id) throws Exception {
        Object v = kit.query("SELECT status || '/' || coalesce(evse_id, -1) || '/' || id_token FROM ocpp.reservations "
                + "WHERE station_id = '" + station + "' AND reservation_id = " + id);
        return v == null ? null : v.toString();
    }

    private static String profile(int id, String purpose, int limitW, String extra) {
        return "{'chargingProfileId':" + id + ",'stackLevel':1,'chargingProfilePurpose':'" + purpose + "',"
                + extra + "'chargingProfileKind':'Absolute','chargingSchedule':{'startSchedule':'"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60) + "','chargingRateUnit':'W',"
                + "'chargingSchedulePeriod':[{'startPeriod':0,'limit':" + limitW + "}]}}";
    }

    private static void activeSession(String station, String tag) throws Exception {
        kit.eventually("SELECT count(*) = 1 FROM ocpp.sessions WHERE station_id = '" + station
                + "' AND status = 'ACTIVE' AND id_token = '" + tag + "'");
    }

    private static void limitBecomes(ChargingStation cs, double watts) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (await(cs.snapshot(1)).limitW() != watts) {
            assertThat(System.currentTimeMillis()).as("limit %s W in force", watts).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void tc_046_reservationOfAConnectorTransaction() throws Exception {
        StationClient cp = kit.client("CP-TC046", OcppVersion.V16);
        kit.answer(cp, "ReserveNow", "{'status':'Accepted'}");
        kit.sendExpecting("CP-TC046", "ReserveNow", reserve(1, "TAG-046", 46), "Accepted");
        assertThat(reservation("CP-TC046", 46)).isEqualTo("ACTIVE/1/TAG-046");

        // the station starts the reserved transaction
        await(cp.call("StartTransaction", CommandKit.json("{'connectorId':1,'idTag':'TAG-046','meterStart':0,"
                + "'reservationId':46,'timestamp':'" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "'}")));

        activeSession("CP-TC046", "TAG-046");
        assertThat(kit.query("SELECT reservation_id FROM ocpp.sessions WHERE station_id = 'CP-TC046'")).isEqualTo(46);
        assertThat(reservation("CP-TC046", 46)).as("used up by the session").isEqualTo("USED/1/TAG-046");
        assertThat(kit.query("SELECT r.used_by_session = s.id FROM ocpp.reservations r JOIN ocpp.sessions s "
                + "ON s.station_id = r.station_id WHERE r.station_id = 'CP-TC046'")).isEqualTo(true);
    }

    @Test
    void tc_046_theSimulatedStationReportsTheReservationItStartsOn() throws Exception {
        // the same case with the simulator's full station: it must name the reservation in StartTransaction
        ChargingStation cs = kit.station("CP-TC046-SIM", OcppVersion.V16);
        kit.acceptToken("TAG-046S", de.ladewerk.gateway.authorization.IdTokenType.ID_TAG);
        kit.sendExpecting("CP-TC046-SIM", "ReserveNow", reserve(1, "TAG-046S", 461), "Accepted");
        await(cs.plugIn(1, Vehicle.typical()));
        assertThat(await(cs.present(1, "TAG-046S"))).isTrue();
        activeSession("CP-TC046-SIM", "TAG-046S");
        assertThat(kit.query("SELECT reservation_id FROM ocpp.sessions WHERE station_id = 'CP-TC046-SIM'")).isEqualTo(461);
        kit.eventually("SELECT status = 'USED' FROM ocpp.reservations WHERE station_id = 'CP-TC046-SIM' "
                + "AND reservation_id = 461");
    }

    @Test
    void tc_048_2_reservationOfAConnectorOccupied() throws Exception {
        kit.station("CP-TC048-2", OcppVersion.V16);
        kit.sendExpecting("CP-TC048-2", "RemoteStartTransaction", "{'connectorId':1,'idTag':'TAG-0482'}", "Accepted");
        activeSession("CP-TC048-2", "TAG-0482");

        kit.sendExpecting("CP-TC048-2", "ReserveNow", reserve(1, "OTHER", 482), "Occupied");
        assertThat(reservation("CP-TC048-2", 482)).as("a refused reservation is not recorded").isNull();
    }

    @Test
    void tc_048_3_reservationOfAConnectorUnavailable() throws Exception {
        kit.station("CP-TC048-3", OcppVersion.V16);
        kit.sendExpecting("CP-TC048-3", "ChangeAvailability", "{'connectorId':1,'type':'Inoperative'}", "Accepted");
        kit.eventually("SELECT status = 'UNAVAILABLE' FROM ocpp.connectors WHERE station_id = 'CP-TC048-3' AND evse_id = 1");

        kit.sendExpecting("CP-TC048-3", "ReserveNow", reserve(1, "TAG-0483", 483), "Unavailable");
        assertThat(reservation("CP-TC048-3", 483)).isNull();
    }

    @Test
    void tc_048_4_reservationOfAConnectorRejected() throws Exception {
        kit.station("CP-TC048-4", OcppVersion.V16);
        kit.sendExpecting("CP-TC048-4", "ReserveNow", reserve(9, "TAG-0484", 484), "Rejected");
        assertThat(reservation("CP-TC048-4", 484)).isNull();
    }

    @Test
    void tc_049_reservationOfAChargePointTransaction() throws Exception {
        StationClient cp = kit.client("CP-TC049", OcppVersion.V16);
        kit.answer(cp, "ReserveNow", "{'status':'Accepted'}");
        kit.sendExpecting("CP-TC049", "ReserveNow", reserve(0, "TAG-049", 49), "Accepted");
        assertThat(reservation("CP-TC049", 49)).isEqualTo("ACTIVE/0/TAG-049");

        // the station starts the reserved transaction
        await(cp.call("StartTransaction", CommandKit.json("{'connectorId':2,'idTag':'TAG-049','meterStart':0,"
                + "'reservationId':49,'timestamp':'" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "'}")));

        activeSession("CP-TC049", "TAG-049");
        assertThat(kit.query("SELECT reservation_id FROM ocpp.sessions WHERE station_id = 'CP-TC049'")).isEqualTo(49);
    }

    @Test
    void tc_052_cancelReservationRejected() throws Exception {
        kit.station("CP-TC052", OcppVersion.V16);
        kit.sendExpecting("CP-TC052", "ReserveNow", reserve(1, "TAG-052", 52), "Accepted");

        kit.sendExpecting("CP-TC052", "CancelReservation", "{'reservationId':999}", "Rejected");

        assertThat(reservation("CP-TC052", 52)).as("the real reservation stays").isEqualTo("ACTIVE/1/TAG-052");
        assertThat(reservation("CP-TC052", 999)).isNull();
    }

    @Test
    void tc_056_centralSmartChargingTxDefaultProfile() throws Exception {
        ChargingStation cs = kit.station("CP-TC056", OcppVersion.V16);
        kit.sendExpecting("CP-TC056", "SetChargingProfile", "{'connectorId':1,'csChargingProfiles':"
                + profile(56, "TxDefaultProfile", 6000, "") + "}", "Accepted");

        kit.sendExpecting("CP-TC056", "RemoteStartTransaction", "{'connectorId':1,'idTag':'TAG-056'}", "Accepted");
        activeSession("CP-TC056", "TAG-056");

        limitBecomes(cs, 6000);
    }

    @Test
    void tc_057_centralSmartChargingTxProfile() throws Exception {
        ChargingStation cs = kit.station("CP-TC057", OcppVersion.V16);
        kit.sendExpecting("CP-TC057", "RemoteStartTransaction", "{'connectorId':1,'idTag':'TAG-057'}", "Accepted");
        activeSession("CP-TC057", "TAG-057");
        Object tx = kit.query("SELECT transaction_id FROM ocpp.sessions WHERE station_id = 'CP-TC057'");

        kit.sendExpecting("CP-TC057", "SetChargingProfile", "{'connectorId':1,'csChargingProfiles':"
                + profile(57, "TxProfile", 4000, "'transactionId':" + tx + ",") + "}", "Accepted");

        limitBecomes(cs, 4000);
    }

    @Test
    void tc_059_remoteStartTransactionWithChargingProfile() throws Exception {
        ChargingStation cs = kit.station("CP-TC059", OcppVersion.V16);
        kit.sendExpecting("CP-TC059", "RemoteStartTransaction", "{'connectorId':1,'idTag':'TAG-059','chargingProfile':"
                + profile(59, "TxProfile", 3000, "") + "}", "Accepted");
        activeSession("CP-TC059", "TAG-059");
        limitBecomes(cs, 3000);
    }

    @Test
    void tc_066_getCompositeSchedule() throws Exception {
        kit.station("CP-TC066", OcppVersion.V16);
        kit.sendExpecting("CP-TC066", "SetChargingProfile", "{'connectorId':1,'csChargingProfiles':"
                + profile(66, "TxDefaultProfile", 5000, "") + "}", "Accepted");

        CommandResult r = kit.sendExpecting("CP-TC066", "GetCompositeSchedule",
                "{'connectorId':1,'duration':3600,'chargingRateUnit':'W'}", "Accepted");

        assertThat(r.response().get("connectorId").asInt()).isEqualTo(1);
        assertThat(r.response().at("/chargingSchedule/chargingSchedulePeriod/0/limit").asDouble()).isEqualTo(5000.0);
    }

    @Test
    void tc_067_clearChargingProfile() throws Exception {
        kit.station("CP-TC067", OcppVersion.V16);
        kit.sendExpecting("CP-TC067", "SetChargingProfile", "{'connectorId':1,'csChargingProfiles':"
                + profile(67, "TxDefaultProfile", 5000, "") + "}", "Accepted");

        kit.sendExpecting("CP-TC067", "ClearChargingProfile", "{'id':67}", "Accepted");
        kit.sendExpecting("CP-TC067", "ClearChargingProfile", "{'id':67}", "Unknown");
    }
}
