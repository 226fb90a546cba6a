package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenType;
import de.ladewerk.gateway.authorization.TokenRecord;
import de.ladewerk.gateway.authorization.TokenStatus;
import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.behaviour.ChargingStation;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCPP 2.0.1 reservation cases not covered with the other commands: as many unspecified reservations as the
 * station has EVSEs (TC_H_14), a connector type (TC_H_15) and a reservation used through its group (TC_H_19);
 * and a station without smart charging refusing a profile (TC_K_15).
 */
class ReservationV201ConformanceIT {

    private static CommandKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new CommandKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    private static String expiry() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3600).toString();
    }

    @Test
    void tc_h_14_unspecifiedReservationsUpToTheNumberOfEvses() throws Exception {
        ChargingStation cs = kit.station("CS-H14", OcppVersion.V201);
        int evses = cs.model().evses().size();
        for (int i = 1; i <= evses; i++) {
            kit.sendExpecting("CS-H14", "ReserveNow", "{'id':" + (140 + i) + ",'expiryDateTime':'" + expiry()
                    + "','idToken':{'idToken':'T-H14-" + i + "','type':'ISO14443'}}", "Accepted");
        }
        // every EVSE is reserved now: one more is refused by the station, and the CSMS records nothing for it
        CommandResult refused = kit.answered("CS-H14", "ReserveNow", "{'id':149,'expiryDateTime':'" + expiry()
                + "','idToken':{'idToken':'T-H14-X','type':'ISO14443'}}");
        assertThat(refused.response().get("status").asText()).isNotEqualTo("Accepted");
        assertThat(kit.count("SELECT count(*) FROM ocpp.reservations WHERE station_id = 'CS-H14' AND status = 'ACTIVE'"))
                .isEqualTo(evses);
        assertThat(kit.count("SELECT count(*) FROM ocpp.reservations WHERE station_id = 'CS-H14' AND reservation_id = 149"))
                .isZero();
    }

    @Test
    void tc_h_15_reserveAConnectorType() throws Exception {
        StationClient cs = kit.client("CS-H15", OcppVersion.V201);
        kit.answer(cs, "ReserveNow", "{'status':'Accepted'}");
        kit.sendExpecting("CS-H15", "ReserveNow", "{'id':15,'expiryDateTime':'" + expiry() + "','connectorType':'cType2',"
                + "'idToken':{'idToken':'T-H15','type':'ISO14443'}}", "Accepted");
        assertThat(kit.query("SELECT status || '/' || connector_type || '/' || id_token FROM ocpp.reservations "
                + "WHERE station_id = 'CS-H15' AND reservation_id = 15")).isEqualTo("ACTIVE/cType2/T-H15");
    }

    @Test
    void tc_h_19_aReservedEvseIsUsedWithAnotherTokenOfTheGroup() throws Exception {
        IdToken group = new IdToken("FLEET-H19", IdTokenType.CENTRAL);
        IdToken driver = new IdToken("DRIVER-H19", IdTokenType.ISO14443);
        kit.harness.gateway().operator().tokens().create(TokenRecord.accepted(group));
        kit.harness.gateway().operator().tokens().create(new TokenRecord(driver, TokenStatus.ACCEPTED, null, group, null, List.of(), null, null));
        StationClient cs = kit.client("CS-H19", OcppVersion.V201);
        kit.answer(cs, "ReserveNow", "{'status':'Accepted'}");
        kit.sendExpecting("CS-H19", "ReserveNow", "{'id':19,'expiryDateTime':'" + expiry() + "','evseId':1,"
                + "'idToken':{'idToken':'RESERVER-H19','type':'ISO14443'},"
                + "'groupIdToken':{'idToken':'FLEET-H19','type':'Central'}}", "Accepted");
        assertThat(kit.query("SELECT group_token FROM ocpp.reservations WHERE station_id = 'CS-H19'")).isEqualTo("FLEET-H19");

        // another driver of the fleet presents a card: the CSMS names the group, so the station may use the reservation
        JsonNode authorized = await(cs.call("Authorize", CommandKit.json("{'idToken':{'idToken':'DRIVER-H19','type':'ISO14443'}}")));
        assertThat(authorized.at("/idTokenInfo/status").asText()).isEqualTo("Accepted");
        assertThat(authorized.at("/idTokenInfo/groupIdToken/idToken").asText()).isEqualTo("FLEET-H19");

        await(cs.call("TransactionEvent", CommandKit.json("{'eventType':'Started','timestamp':'" + Instant.now()
                .truncatedTo(ChronoUnit.SECONDS) + "','triggerReason':'Authorized','seqNo':0,'reservationId':19,"
                + "'transactionInfo':{'transactionId':'TX-H19'},'evse':{'id':1,'connectorId':1},"
                + "'idToken':{'idToken':'DRIVER-H19','type':'ISO14443'}}")));
        kit.eventually("SELECT status = 'USED' FROM ocpp.reservations WHERE station_id = 'CS-H19' AND reservation_id = 19");
        assertThat(kit.query("SELECT reservation_id FROM ocpp.sessions WHERE station_id = 'CS-H19'")).isEqualTo(19);
    }

    @Test
    void tc_k_15_setChargingProfileNotSupported() throws Exception {
        // a station without smart charging has no handler for it: the client answers CALLERROR NotSupported
        kit.client("CS-K15", OcppVersion.V201);
        CommandResult r = kit.send("CS-K15", "SetChargingProfile", "{'evseId':1,'chargingProfile':{'id':15,'stackLevel':0,"
                + "'chargingProfilePurpose':'TxDefaultProfile','chargingProfileKind':'Absolute','chargingSchedule':[{'id':1,"
                + "'startSchedule':'" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "','chargingRateUnit':'W',"
                + "'chargingSchedulePeriod':[{'startPeriod':0,'limit':7000}]}]}}");
        assertThat(r.status()).isEqualTo(de.ladewerk.gateway.command.CommandStatus.CALL_ERROR);
        assertThat(r.errorCode()).isEqualTo("NotSupported");
        assertThat(kit.query("SELECT status || '/' || error_code FROM ocpp.commands WHERE id = " + r.id()))
                .isEqualTo("CALL_ERROR/NotSupported");
        assertThat(kit.count("SELECT count(*) FROM ocpp.charging_profiles WHERE station_id = 'CS-K15'")).isZero();
    }
}
