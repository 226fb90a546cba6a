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
 * OCPP 2.0.1 CSMS-initiated cases (provisioning B, authorization C/D, remote control F, availability G,
 * reservation H, smart charging K, and the command side of monitoring N and display messages O;
 * firmware and logs: {@link FirmwareLogV201ConformanceIT}) against the simulator's station, or a bare
 * client where the simulator has no answer.
 * Each checks the recorded command and what the station's reaction changed in the database.
 */
class CommandsV201ConformanceIT {

    private static CommandKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new CommandKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    private static String heartbeatVariable(String value) {
        return "{'component':{'name':'OCPPCommCtrlr'},'variable':{'name':'HeartbeatInterval'}"
                + (value == null ? "" : ",'attributeValue':'" + value + "'") + "}";
    }

    private static Object actual(String station, String component, String variable) throws Exception {
        return kit.query("SELECT value FROM ocpp.device_variable_attributes WHERE station_id = '" + station
                + "' AND component = '" + component + "' AND variable = '" + variable + "' AND attribute_type = 'Actual'");
    }

    private static void activeSession(String station) throws Exception {
        kit.eventually("SELECT count(*) = 1 FROM ocpp.sessions WHERE station_id = '" + station + "' AND status = 'ACTIVE'");
    }

    // ------------------------------------------------------------------------------------ B provisioning

    @Test
    void tc_b_06_getVariablesSingleValue() throws Exception {
        kit.station("CS-B06", OcppVersion.V201);
        CommandResult r = kit.answered("CS-B06", "GetVariables", "{'getVariableData':[" + heartbeatVariable(null) + "]}");
        assertThat(r.response().at("/getVariableResult/0/attributeStatus").asText()).isEqualTo("Accepted");
        assertThat(r.response().at("/getVariableResult/0/attributeValue").asText()).isEqualTo("300");
        assertThat(actual("CS-B06", "OCPPCommCtrlr", "HeartbeatInterval")).isEqualTo("300");
    }

    @Test
    void tc_b_07_getVariablesMultipleValues() throws Exception {
        kit.station("CS-B07", OcppVersion.V201);
        CommandResult r = kit.answered("CS-B07", "GetVariables", "{'getVariableData':[" + heartbeatVariable(null) + ","
                + "{'component':{'name':'NoSuchCtrlr'},'variable':{'name':'X'}}]}");
        assertThat(r.response().get("getVariableResult")).extracting(n -> n.get("attributeStatus").asText())
                .containsExactly("Accepted", "UnknownComponent");
        assertThat(actual("CS-B07", "NoSuchCtrlr", "X")).as("only values the station confirmed are stored").isNull();
    }

    @Test
    void tc_b_09_setVariablesSingleValue() throws Exception {
        kit.station("CS-B09", OcppVersion.V201);
        CommandResult r = kit.answered("CS-B09", "SetVariables", "{'setVariableData':[" + heartbeatVariable("120") + "]}");
        assertThat(r.response().at("/setVariableResult/0/attributeStatus").asText()).isEqualTo("Accepted");
        assertThat(actual("CS-B09", "OCPPCommCtrlr", "HeartbeatInterval")).isEqualTo("120");
    }

    @Test
    void tc_b_10_setVariablesMultipleValues() throws Exception {
        kit.station("CS-B10", OcppVersion.V201);
        CommandResult r = kit.answered("CS-B10", "SetVariables", "{'setVariableData':[" + heartbeatVariable("90") + ","
                + "{'attributeValue':'often','component':{'name':'OCPPCommCtrlr'},'variable':{'name':'MessageTimeout'}}]}");
        assertThat(r.response().get("setVariableResult")).hasSize(2);
        assertThat(r.response().at("/setVariableResult/0/attributeStatus").asText()).isEqualTo("Accepted");
        assertThat(r.response().at("/setVariableResult/1/attributeStatus").asText()).isNotEqualTo("Accepted");
        assertThat(actual("CS-B10", "OCPPCommCtrlr", "HeartbeatInterval")).isEqualTo("90");
    }

    @Test
    void tc_b_12_getBaseReportConfigurationInventory() throws Exception {
        kit.station("CS-B12", OcppVersion.V201);
        kit.sendExpecting("CS-B12", "GetBaseReport", "{'requestId':12,'reportBase':'ConfigurationInventory'}", "Accepted");
        kit.eventually("SELECT count(*) > 0 AND bool_or(NOT tbc) FROM ocpp.device_report_parts WHERE station_id = 'CS-B12' "
                + "AND kind = 'Report' AND request_id = 12");
        assertThat(kit.count("SELECT count(*) FROM ocpp.device_variables WHERE station_id = 'CS-B12'")).isPositive();
    }

    @Test
    void tc_b_20_resetWithoutOngoingTransactionOnIdle() throws Exception {
        kit.station("CS-B20", OcppVersion.V201);
        Object bootBefore = kit.query("SELECT last_boot_at FROM ocpp.stations WHERE id = 'CS-B20'");
        kit.sendExpecting("CS-B20", "Reset", "{'type':'OnIdle'}", "Accepted");
        kit.eventually("SELECT last_boot_at > '" + bootBefore + "'::timestamptz AND online FROM ocpp.stations WHERE id = 'CS-B20'");
    }

    @Test
    void tc_b_22_resetWithOngoingTransactionImmediate() throws Exception {
        kit.station("CS-B22", OcppVersion.V201);
        kit.sendExpecting("CS-B22", "RequestStartTransaction", "{'idToken':{'idToken':'T-B22','type':'ISO14443'},"
                + "'remoteStartId':22,'evseId':1}", "Accepted");
        activeSession("CS-B22");
        kit.sendExpecting("CS-B22", "Reset", "{'type':'Immediate'}", "Accepted");
        kit.eventually("SELECT status = 'ENDED' FROM ocpp.sessions WHERE station_id = 'CS-B22'");
    }

    // ------------------------------------------------------------------------ C/D authorization, local lists

    @Test
    void tc_c_38_clearCacheRejected() throws Exception {
        StationClient cs = kit.client("CS-C38", OcppVersion.V201);
        kit.answer(cs, "ClearCache", "{'status':'Rejected'}");
        kit.sendExpecting("CS-C38", "ClearCache", "{}", "Rejected");
    }

    @Test
    void tc_d_08_and_d_09_getLocalListVersion() throws Exception {
        kit.station("CS-D08", OcppVersion.V201);
        CommandResult none = kit.answered("CS-D08", "GetLocalListVersion", "{}");
        assertThat(none.response().get("versionNumber").asInt()).as("D_09: no list yet").isZero();
        kit.sendExpecting("CS-D08", "SendLocalList", "{'versionNumber':5,'updateType':'Full','localAuthorizationList':"
                + "[{'idToken':{'idToken':'T-D08','type':'ISO14443'},'idTokenInfo':{'status':'Accepted'}}]}", "Accepted");
        assertThat(kit.answered("CS-D08", "GetLocalListVersion", "{}").response().get("versionNumber").asInt()).isEqualTo(5);
        assertThat(kit.count("SELECT count(*) FROM ocpp.local_list_entries WHERE station_id = 'CS-D08'")).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------ F remote control

    @Test
    void tc_f_01_remoteStartCablePluginFirst() throws Exception {
        ChargingStation cs = kit.station("CS-F01", OcppVersion.V201);
        await(cs.plugIn(1, Vehicle.typical()));
        kit.sendExpecting("CS-F01", "RequestStartTransaction", "{'idToken':{'idToken':'T-F01','type':'ISO14443'},"
                + "'remoteStartId':101,'evseId':1}", "Accepted");
        kit.eventually("SELECT count(*) = 1 FROM ocpp.sessions WHERE station_id = 'CS-F01' AND status = 'ACTIVE' "
                + "AND remote_start_id = 101 AND id_token = 'T-F01'");
    }

    @Test
    void tc_f_02_remoteStartRemoteStartFirst_andTc_e_21_remoteStop() throws Exception {
        ChargingStation cs = kit.station("CS-F02", OcppVersion.V201);
        kit.sendExpecting("CS-F02", "RequestStartTransaction", "{'idToken':{'idToken':'T-F02','type':'ISO14443'},"
                + "'remoteStartId':102,'evseId':1}", "Accepted");
        kit.eventually("SELECT count(*) = 1 FROM ocpp.sessions WHERE station_id = 'CS-F02' AND status = 'ACTIVE' "
                + "AND remote_start_id = 102");
        String tx = await(cs.snapshot(1)).transactionId();
        assertThat(kit.query("SELECT transaction_id FROM ocpp.sessions WHERE station_id = 'CS-F02'")).isEqualTo(tx);

        kit.sendExpecting("CS-F02", "RequestStopTransaction", "{'transactionId':'" + tx + "'}", "Accepted");
        kit.eventually("SELECT status = 'ENDED' AND stop_reason = 'Remote' FROM ocpp.sessions WHERE station_id = 'CS-F02'");
    }

    @Test
    void tc_f_06_remoteUnlockConnectorWithoutTransaction() throws Exception {
        kit.station("CS-F06", OcppVersion.V201);
        kit.sendExpecting("CS-F06", "UnlockConnector", "{'evseId':1,'connectorId':1}", "Unlocked");
        kit.sendExpecting("CS-F06", "UnlockConnector", "{'evseId':9,'connectorId':1}", "UnknownConnector");
    }

    @Test
    void tc_f_20_triggerMessageHeartbeat_andTc_f_27_notImplemented() throws Exception {
        kit.station("CS-F20", OcppVersion.V201);
        kit.sendExpecting("CS-F20", "TriggerMessage", "{'requestedMessage':'Heartbeat'}", "Accepted");
        kit.eventually("SELECT last_heartbeat_at IS NOT NULL FROM ocpp.stations WHERE id = 'CS-F20'");
        kit.sendExpecting("CS-F20", "TriggerMessage", "{'requestedMessage':'PublishFirmwareStatusNotification'}",
                "NotImplemented");
    }

    // ---------------------------------------------------------------------------------- G availability

    @Test
    void tc_g_03_and_g_04_changeAvailabilityEvse() throws Exception {
        kit.station("CS-G03", OcppVersion.V201);
        kit.sendExpecting("CS-G03", "ChangeAvailability", "{'operationalStatus':'Inoperative','evse':{'id':1}}", "Accepted");
        kit.eventually("SELECT status = 'UNAVAILABLE' FROM ocpp.connectors WHERE station_id = 'CS-G03' AND evse_id = 1");
        kit.sendExpecting("CS-G03", "ChangeAvailability", "{'operationalStatus':'Operative','evse':{'id':1}}", "Accepted");
        kit.eventually("SELECT status = 'AVAILABLE' FROM ocpp.connectors WHERE station_id = 'CS-G03' AND evse_id = 1");
    }

    @Test
    void tc_g_11_changeAvailabilityEvseWithOngoingTransaction() throws Exception {
        kit.station("CS-G11", OcppVersion.V201);
        kit.sendExpecting("CS-G11", "RequestStartTransaction", "{'idToken':{'idToken':'T-G11','type':'ISO14443'},"
                + "'remoteStartId':111,'evseId':1}", "Accepted");
        activeSession("CS-G11");
        kit.sendExpecting("CS-G11", "ChangeAvailability", "{'operationalStatus':'Inoperative','evse':{'id':1}}", "Scheduled");
        assertThat(kit.query("SELECT status FROM ocpp.sessions WHERE station_id = 'CS-G11'")).isEqualTo("ACTIVE");
    }

    // ----------------------------------------------------------------------------------- H reservation

    @Test
    void tc_h_08_reserveUnspecifiedEvse_andTc_h_17_cancel() throws Exception {
        kit.station("CS-H08", OcppVersion.V201);
        kit.sendExpecting("CS-H08", "ReserveNow", "{'id':8,'expiryDateTime':'" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                .plusSeconds(3600) + "','idToken':{'idToken':'T-H08','type':'ISO14443'}}", "Accepted");
        assertThat(kit.query("SELECT status || '/' || coalesce(evse_id, 0) FROM ocpp.reservations WHERE station_id = 'CS-H08' "
                + "AND reservation_id = 8")).isEqualTo("ACTIVE/0");
        kit.sendExpecting("CS-H08", "CancelReservation", "{'reservationId':8}", "Accepted");
        assertThat(kit.query("SELECT status FROM ocpp.reservations WHERE station_id = 'CS-H08' AND reservation_id = 8"))
                .isEqualTo("CANCELLED");
    }

    @Test
    void tc_h_22_reserveSpecificEvseConfiguredToReject() throws Exception {
        StationClient cs = kit.client("CS-H22", OcppVersion.V201);
        kit.answer(cs, "ReserveNow", "{'status':'Rejected'}");
        kit.sendExpecting("CS-H22", "ReserveNow", "{'id':22,'expiryDateTime':'" + Instant.now().plusSeconds(600)
                + "','evseId':1,'idToken':{'idToken':'T-H22','type':'ISO14443'}}", "Rejected");
        assertThat(kit.count("SELECT count(*) FROM ocpp.reservations WHERE station_id = 'CS-H22'")).isZero();
    }

    // ------------------------------------------------------------------------------- K smart charging

    private static String profile(int id, String purpose, double watts) {
        return "{'id':" + id + ",'stackLevel':1,'chargingProfilePurpose':'" + purpose + "','chargingProfileKind':'Absolute',"
                + "'chargingSchedule':[{'id':1,'startSchedule':'" + Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60)
                + "','chargingRateUnit':'W','chargingSchedulePeriod':[{'startPeriod':0,'limit':" + watts + "}]}]}";
    }

    @Test
    void tc_k_01_txDefaultProfileSpecificEvse_k_43_compositeSchedule_k_05_clear() throws Exception {
        kit.station("CS-K01", OcppVersion.V201);
        kit.sendExpecting("CS-K01", "SetChargingProfile", "{'evseId':1,'chargingProfile':"
                + profile(1, "TxDefaultProfile", 5000.0) + "}", "Accepted");
        CommandResult composite = kit.sendExpecting("CS-K01", "GetCompositeSchedule",
                "{'duration':3600,'evseId':1,'chargingRateUnit':'W'}", "Accepted");
        assertThat(composite.response().at("/schedule/chargingSchedulePeriod/0/limit").asDouble()).isEqualTo(5000.0);
        kit.sendExpecting("CS-K01", "ClearChargingProfile", "{'chargingProfileId':1}", "Accepted");
        kit.sendExpecting("CS-K01", "ClearChargingProfile", "{'chargingProfileId':1}", "Unknown"); // K_08
    }

    @Test
    void tc_k_02_txProfileWithoutOngoingTransactionRejected() throws Exception {
        kit.station("CS-K02", OcppVersion.V201);
        kit.sendExpecting("CS-K02", "SetChargingProfile", "{'evseId':1,'chargingProfile':"
                + profile(2, "TxProfile", 4000.0).replace("'stackLevel'", "'transactionId':'NONE','stackLevel'") + "}",
                "Rejected");
    }

    @Test
    void tc_k_37_remoteStartWithChargingProfile() throws Exception {
        ChargingStation cs = kit.station("CS-K37", OcppVersion.V201);
        kit.sendExpecting("CS-K37", "RequestStartTransaction", "{'idToken':{'idToken':'T-K37','type':'ISO14443'},"
                + "'remoteStartId':37,'evseId':1,'chargingProfile':" + profile(37, "TxProfile", 3000.0) + "}", "Accepted");
        activeSession("CS-K37");
        long deadline = System.currentTimeMillis() + 20_000;
        while (await(cs.snapshot(1)).limitW() != 3000.0) {
            assertThat(System.currentTimeMillis()).as("the station charges under the sent profile").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    // ------------------------------------------------------------------- N/O monitoring, display

    @Test
    void tc_n_08_setVariableMonitoringOneElement() throws Exception {
        StationClient cs = kit.client("CS-N08", OcppVersion.V201);
        kit.answer(cs, "SetVariableMonitoring", "{'setMonitoringResult':[{'id':3,'status':'Accepted','type':'UpperThreshold',"
                + "'severity':5,'component':{'name':'EVSE','evse':{'id':1}},'variable':{'name':'Power'}}]}");
        CommandResult r = kit.answered("CS-N08", "SetVariableMonitoring", "{'setMonitoringData':[{'value':11000,"
                + "'type':'UpperThreshold','severity':5,'component':{'name':'EVSE','evse':{'id':1}},'variable':{'name':'Power'}}]}");
        assertThat(r.response().at("/setMonitoringResult/0/status").asText()).isEqualTo("Accepted");
        assertThat(r.response().at("/customData/stationCalls").asInt()).isEqualTo(1);
    }

    @Test
    void tc_o_01_setDisplayMessage_andTc_o_04_clear_andTc_o_05_unknownKey() throws Exception {
        StationClient cs = kit.client("CS-O01", OcppVersion.V201);
        kit.answer(cs, "SetDisplayMessage", "{'status':'Accepted'}");
        kit.sendExpecting("CS-O01", "SetDisplayMessage", "{'message':{'id':1,'priority':'NormalCycle',"
                + "'message':{'format':'UTF8','content':'Willkommen'}}}", "Accepted");
        kit.answer(cs, "ClearDisplayMessage", "{'status':'Accepted'}");
        kit.sendExpecting("CS-O01", "ClearDisplayMessage", "{'id':1}", "Accepted");
        kit.answer(cs, "ClearDisplayMessage", "{'status':'Unknown'}");
        kit.sendExpecting("CS-O01", "ClearDisplayMessage", "{'id':99}", "Unknown");
        assertThat(kit.count("SELECT count(*) FROM ocpp.commands WHERE station_id = 'CS-O01'")).isEqualTo(3);
    }
}
