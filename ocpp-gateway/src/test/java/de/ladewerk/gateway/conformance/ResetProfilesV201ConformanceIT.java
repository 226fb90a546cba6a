package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.behaviour.ChargingStation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCPP 2.0.1 resets with and without transactions, of the station and of one EVSE (OCA TC_B_21,
 * TC_B_25, TC_B_26, TC_B_27), and the smart-charging cases that read the station's profiles back with
 * GetChargingProfiles (TC_K_03/04/06/10/19/29…36/44/60/70), against the simulator's station. The CSMS
 * records each command with its answer, the sessions the resets end (or leave running), whether the
 * station booted again, and the profiles the station reports ({@code ocpp.charging_profiles}).
 */
class ResetProfilesV201ConformanceIT {

    private static CommandKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new CommandKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    /** A station with a remotely started session on EVSE 1. */
    private static ChargingStation charging(String id) throws Exception {
        ChargingStation cs = kit.station(id, OcppVersion.V201);
        kit.sendExpecting(id, "RequestStartTransaction", "{'idToken':{'idToken':'T-" + id + "','type':'ISO14443'},"
                + "'remoteStartId':1,'evseId':1}", "Accepted");
        kit.eventually("SELECT count(*) = 1 FROM ocpp.sessions WHERE station_id = '" + id + "' AND status = 'ACTIVE'");
        return cs;
    }

    private static Object lastBoot(String id) throws Exception {
        return kit.query("SELECT last_boot_at FROM ocpp.stations WHERE id = '" + id + "'");
    }

    private static void remoteStop(String id, ChargingStation cs) throws Exception {
        kit.sendExpecting(id, "RequestStopTransaction", "{'transactionId':'" + await(cs.snapshot(1)).transactionId() + "'}",
                "Accepted");
    }

    // --------------------------------------------------------------------------------- B resets

    @Test
    void tc_b_21_resetStationWithOngoingTransactionOnIdle() throws Exception {
        ChargingStation cs = charging("CS-B21");
        Object boot = lastBoot("CS-B21");
        kit.sendExpecting("CS-B21", "Reset", "{'type':'OnIdle'}", "Scheduled");
        assertThat(kit.query("SELECT status FROM ocpp.sessions WHERE station_id = 'CS-B21'")).isEqualTo("ACTIVE");

        remoteStop("CS-B21", cs);
        kit.eventually("SELECT status = 'ENDED' AND stop_reason = 'Remote' FROM ocpp.sessions WHERE station_id = 'CS-B21'");
        kit.eventually("SELECT last_boot_at > '" + boot + "'::timestamptz AND online FROM ocpp.stations WHERE id = 'CS-B21'");
    }

    @Test
    void tc_b_25_resetEvseWithoutOngoingTransaction() throws Exception {
        kit.station("CS-B25", OcppVersion.V201);
        Object boot = lastBoot("CS-B25");
        Object before = kit.query("SELECT now()");
        kit.sendExpecting("CS-B25", "Reset", "{'type':'OnIdle','evseId':1}", "Accepted");
        // the EVSE restarts: Unavailable, then Available again after its restart time; the station stays up
        kit.eventually("SELECT protocol_status = 'Available' AND status_at >= '" + before + "'::timestamptz "
                + "+ interval '1.5 seconds' FROM ocpp.connectors WHERE station_id = 'CS-B25' AND evse_id = 1");
        assertThat(lastBoot("CS-B25")).isEqualTo(boot);
        kit.sendExpecting("CS-B25", "Reset", "{'type':'OnIdle','evseId':7}", "Rejected");
    }

    @Test
    void tc_b_26_resetEvseWithOngoingTransactionOnIdle() throws Exception {
        ChargingStation cs = charging("CS-B26");
        Object boot = lastBoot("CS-B26");
        kit.sendExpecting("CS-B26", "Reset", "{'type':'OnIdle','evseId':1}", "Scheduled");
        assertThat(kit.query("SELECT status FROM ocpp.sessions WHERE station_id = 'CS-B26'")).isEqualTo("ACTIVE");
        remoteStop("CS-B26", cs);
        kit.eventually("SELECT status = 'ENDED' AND stop_reason = 'Remote' FROM ocpp.sessions WHERE station_id = 'CS-B26'");
        assertThat(lastBoot("CS-B26")).as("an EVSE reset does not reboot the station").isEqualTo(boot);
    }

    @Test
    void tc_b_27_resetEvseWithOngoingTransactionImmediate() throws Exception {
        charging("CS-B27");
        Object boot = lastBoot("CS-B27");
        kit.sendExpecting("CS-B27", "Reset", "{'type':'Immediate','evseId':1}", "Accepted");
        kit.eventually("SELECT status = 'ENDED' AND stop_reason = 'ImmediateReset' FROM ocpp.sessions "
                + "WHERE station_id = 'CS-B27'");
        assertThat(lastBoot("CS-B27")).isEqualTo(boot);
        assertThat(kit.query("SELECT online FROM ocpp.stations WHERE id = 'CS-B27'")).isEqualTo(true);
    }

    // ------------------------------------------------------------------ K profiles read back

    private static String profile(int id, String purpose, int stackLevel, double watts, String extra) {
        return "{'id':" + id + ",'stackLevel':" + stackLevel + ",'chargingProfilePurpose':'" + purpose + "',"
                + "'chargingProfileKind':'" + (extra.contains("recurrencyKind") ? "Recurring" : "Absolute") + "'" + extra
                + ",'chargingSchedule':[{'id':1,'startSchedule':'" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                .minusSeconds(60) + "','chargingRateUnit':'W','chargingSchedulePeriod':[{'startPeriod':0,'limit':" + watts
                + "}]}]}";
    }

    private static void set(String station, int evseId, String profile) {
        kit.sendExpecting(station, "SetChargingProfile", "{'evseId':" + evseId + ",'chargingProfile':" + profile + "}",
                "Accepted");
    }

    /** Sends GetChargingProfiles; on Accepted waits until the station's reports for it are stored. */
    private static String reported(String station, int requestId, String criteria, String expectedStatus) throws Exception {
        kit.sendExpecting(station, "GetChargingProfiles", "{'requestId':" + requestId + "," + criteria + "}", expectedStatus);
        String rows = "SELECT coalesce(string_agg(evse_id || ':' || profile_id || ':' || purpose || ':' || stack_level, ',' "
                + "ORDER BY evse_id, profile_id), '') FROM ocpp.charging_profiles WHERE station_id = '" + station
                + "' AND request_id = " + requestId;
        if (expectedStatus.equals("Accepted")) {
            kit.eventually("SELECT (" + rows + ") <> ''");
        }
        return (String) kit.query(rows);
    }

    @Test
    void tc_k_03_k_10_k_70_profilesSetAndReadBack_k_29_to_k_31() throws Exception {
        kit.station("CS-K03", OcppVersion.V201);
        set("CS-K03", 0, profile(3, "ChargingStationMaxProfile", 0, 30000, ""));   // K_03
        set("CS-K03", 0, profile(10, "TxDefaultProfile", 0, 11000, ""));          // K_10: all EVSEs
        set("CS-K03", 1, profile(70, "TxDefaultProfile", 1, 7000, ""));            // K_70: several profiles
        set("CS-K03", 1, profile(71, "TxDefaultProfile", 2, 5000, ""));

        assertThat(reported("CS-K03", 29, "'evseId':0,'chargingProfile':{}", "Accepted"))           // K_29
                .isEqualTo("0:3:ChargingStationMaxProfile:0,0:10:TxDefaultProfile:0");
        assertThat(reported("CS-K03", 30, "'evseId':1,'chargingProfile':{}", "Accepted"))           // K_30
                .isEqualTo("1:70:TxDefaultProfile:1,1:71:TxDefaultProfile:2");
        kit.sendExpecting("CS-K03", "GetChargingProfiles", "{'requestId':31,'chargingProfile':{'chargingLimitSource':['CSO']}}",
                "Accepted");                                                                          // K_31
        kit.eventually("SELECT count(*) = 4 FROM ocpp.charging_profiles WHERE station_id = 'CS-K03' AND request_id = 31");
        assertThat(kit.query("SELECT (profile->'chargingSchedule'->0->'chargingSchedulePeriod'->0->>'limit')::numeric::int FROM "
                + "ocpp.charging_profiles WHERE station_id = 'CS-K03' AND profile_id = 71")).isEqualTo(5000);
        CommandResult composite = kit.sendExpecting("CS-K03", "GetCompositeSchedule",
                "{'duration':600,'evseId':1,'chargingRateUnit':'W'}", "Accepted");
        assertThat(composite.response().at("/schedule/chargingSchedulePeriod/0/limit").asDouble())
                .as("the highest stack level wins").isEqualTo(5000.0);
    }

    @Test
    void tc_k_32_to_k_36_getChargingProfilesByCriteria() throws Exception {
        kit.station("CS-K32", OcppVersion.V201);
        set("CS-K32", 1, profile(32, "TxDefaultProfile", 1, 7000, ""));
        set("CS-K32", 1, profile(33, "TxDefaultProfile", 3, 6000, ""));
        set("CS-K32", 2, profile(34, "TxDefaultProfile", 1, 8000, ""));

        assertThat(reported("CS-K32", 32, "'chargingProfile':{'chargingProfileId':[33]}", "Accepted"))        // K_32
                .isEqualTo("1:33:TxDefaultProfile:3");
        assertThat(reported("CS-K32", 33, "'evseId':1,'chargingProfile':{'stackLevel':1}", "Accepted"))       // K_33
                .isEqualTo("1:32:TxDefaultProfile:1");
        assertThat(reported("CS-K32", 34, "'evseId':2,'chargingProfile':{'chargingLimitSource':['CSO']}", "Accepted"))
                .isEqualTo("2:34:TxDefaultProfile:1");                                                        // K_34
        assertThat(reported("CS-K32", 35, "'evseId':1,'chargingProfile':{'chargingProfilePurpose':'TxDefaultProfile'}",
                "Accepted")).isEqualTo("1:32:TxDefaultProfile:1,1:33:TxDefaultProfile:3");                    // K_35
        assertThat(reported("CS-K32", 36, "'evseId':1,'chargingProfile':{'chargingProfilePurpose':'TxDefaultProfile',"
                + "'stackLevel':3}", "Accepted")).isEqualTo("1:33:TxDefaultProfile:3");                      // K_36
        assertThat(reported("CS-K32", 37, "'evseId':2,'chargingProfile':{'chargingLimitSource':['EMS']}", "NoProfiles"))
                .isEmpty();
    }

    @Test
    void tc_k_04_replaceProfile_k_06_clearByStackLevelAndPurpose_k_19_recurring() throws Exception {
        kit.station("CS-K04", OcppVersion.V201);
        set("CS-K04", 1, profile(4, "TxDefaultProfile", 1, 7000, ""));
        set("CS-K04", 1, profile(4, "TxDefaultProfile", 1, 4000, ""));   // K_04: same id replaces
        reported("CS-K04", 4, "'evseId':1,'chargingProfile':{'chargingProfileId':[4]}", "Accepted");
        assertThat(kit.query("SELECT (profile->'chargingSchedule'->0->'chargingSchedulePeriod'->0->>'limit')::numeric::int FROM "
                + "ocpp.charging_profiles WHERE station_id = 'CS-K04' AND profile_id = 4")).isEqualTo(4000);

        kit.sendExpecting("CS-K04", "ClearChargingProfile", "{'chargingProfileCriteria':{'evseId':1,"
                + "'chargingProfilePurpose':'TxDefaultProfile','stackLevel':1}}", "Accepted");           // K_06
        assertThat(kit.query("SELECT count(*) FROM ocpp.charging_profiles WHERE station_id = 'CS-K04'"))
                .as("the cleared profile is no longer stored as in force").isEqualTo(0L);
        reported("CS-K04", 6, "'evseId':1,'chargingProfile':{}", "NoProfiles");

        set("CS-K04", 2, profile(19, "TxDefaultProfile", 1, 3000, ",'recurrencyKind':'Daily'"));       // K_19
        reported("CS-K04", 19, "'evseId':2,'chargingProfile':{}", "Accepted");
        assertThat(kit.query("SELECT profile->>'chargingProfileKind' || '/' || (profile->>'recurrencyKind') FROM "
                + "ocpp.charging_profiles WHERE station_id = 'CS-K04' AND profile_id = 19")).isEqualTo("Recurring/Daily");
    }

    @Test
    void tc_k_60_txProfileWithOngoingTransaction_k_44_compositeScheduleOfTheStation() throws Exception {
        ChargingStation cs = charging("CS-K60");
        String tx = await(cs.snapshot(1)).transactionId();
        set("CS-K60", 1, profile(60, "TxProfile", 1, 3500, ",'transactionId':'" + tx + "'"));
        reported("CS-K60", 60, "'evseId':1,'chargingProfile':{'chargingProfilePurpose':'TxProfile'}", "Accepted");
        assertThat(kit.query("SELECT transaction_id FROM ocpp.charging_profiles WHERE station_id = 'CS-K60' "
                + "AND profile_id = 60")).isEqualTo(tx);
        long deadline = System.currentTimeMillis() + 20_000;
        while (await(cs.snapshot(1)).limitW() != 3500.0) {
            assertThat(System.currentTimeMillis()).as("the station charges under the TxProfile").isLessThan(deadline);
            Thread.sleep(50);
        }
        CommandResult station = kit.sendExpecting("CS-K60", "GetCompositeSchedule",
                "{'duration':300,'evseId':0,'chargingRateUnit':'W'}", "Accepted");           // K_44
        assertThat(station.response().at("/schedule/evseId").asInt()).isZero();
    }
}
