package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.conformance.CommandKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCPP 2.0.1 firmware management (OCA TC_L_*) and log retrieval (TC_N_25/34/35/36, TC_F_15/18) in full:
 * UpdateFirmware, PublishFirmware, UnpublishFirmware, GetLog and TriggerMessage go out through the
 * command service and are recorded with the station's answer; the station's FirmwareStatusNotification,
 * PublishFirmwareStatusNotification and LogStatusNotification are answered and stored in order with
 * their requestId ({@code ocpp.firmware_events}). The station is a bare client: the simulator does not
 * update firmware.
 */
class FirmwareLogV201ConformanceIT {

    private static CommandKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new CommandKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    private static String updateFirmware(int requestId) {
        return "{'requestId':" + requestId + ",'retries':2,'retryInterval':30,'firmware':{'location':"
                + "'https://fw.example/2.0.bin','retrieveDateTime':'" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "','signingCertificate':'-----BEGIN CERTIFICATE-----','signature':'c2ln'}}";
    }

    /** A bare station that answers UpdateFirmware with {@code status} and got the command. */
    private static StationClient updated(String id, int requestId, String status) {
        StationClient cs = kit.client(id, OcppVersion.V201);
        kit.answer(cs, "UpdateFirmware", "{'status':'" + status + "'}");
        CommandResult r = kit.sendExpecting(id, "UpdateFirmware", updateFirmware(requestId), status);
        assertThat(kit.receivedBy(cs, "UpdateFirmware")).isEqualTo(r.request());
        return cs;
    }

    /** The station reports each status for the request; every report is answered with an empty object. */
    private static void reports(StationClient cs, String action, int requestId, String... statuses) {
        for (String status : statuses) {
            assertThat(kit.report(cs, action, "{'status':'" + status + "','requestId':" + requestId + "}"))
                    .as("%s %s answered", action, status).isEqualTo(json("{}"));
        }
    }

    private static String events(String kind, int requestId, String... statuses) {
        StringBuilder s = new StringBuilder();
        for (String status : statuses) {
            s.append(s.length() == 0 ? "" : ",").append(kind).append(':').append(status).append(':').append(requestId);
        }
        return s.toString();
    }

    private static void securityEvent(StationClient cs, String type) {
        assertThat(kit.report(cs, "SecurityEventNotification", "{'type':'" + type + "','timestamp':'"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "'}")).isEqualTo(json("{}"));
    }

    // ------------------------------------------------------------------------- L firmware update

    @Test
    void tc_l_01_secureFirmwareUpdateInstallationSuccessful() throws Exception {
        StationClient cs = updated("CS-L01", 1, "Accepted");
        String[] before = {"Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting"};
        reports(cs, "FirmwareStatusNotification", 1, before);
        assertThat(kit.report(cs, "BootNotification", "{'reason':'FirmwareUpdate','chargingStation':{'model':'M',"
                + "'vendorName':'V','firmwareVersion':'2.0'}}").get("status").asText()).isEqualTo("Accepted");
        reports(cs, "FirmwareStatusNotification", 1, "Installed");
        securityEvent(cs, "FirmwareUpdated");

        assertThat(kit.firmwareEvents("CS-L01")).isEqualTo(events("FIRMWARE", 1, before) + ",FIRMWARE:Installed:1");
        assertThat(kit.query("SELECT firmware_version FROM ocpp.stations WHERE id = 'CS-L01'")).isEqualTo("2.0");
        assertThat(kit.query("SELECT type FROM ocpp.security_events WHERE station_id = 'CS-L01'")).isEqualTo("FirmwareUpdated");
    }

    @Test
    void tc_l_02_installScheduled_and_l_03_downloadScheduled() throws Exception {
        StationClient cs = updated("CS-L02", 2, "Accepted");
        String[] statuses = {"DownloadScheduled", "Downloading", "Downloaded", "SignatureVerified", "InstallScheduled",
            "Installing", "Installed"};
        reports(cs, "FirmwareStatusNotification", 2, statuses);
        assertThat(kit.firmwareEvents("CS-L02")).isEqualTo(events("FIRMWARE", 2, statuses));
    }

    @Test
    void tc_l_04_revokedCertificate_and_l_05_invalidCertificate() throws Exception {
        StationClient cs = updated("CS-L04", 4, "RevokedCertificate");
        kit.answer(cs, "UpdateFirmware", "{'status':'InvalidCertificate'}");
        kit.sendExpecting("CS-L04", "UpdateFirmware", updateFirmware(5), "InvalidCertificate");
        securityEvent(cs, "InvalidFirmwareSigningCertificate");

        assertThat(kit.query("SELECT string_agg(response->>'status', ',' ORDER BY id) FROM ocpp.commands "
                + "WHERE station_id = 'CS-L04' AND action = 'UpdateFirmware'")).isEqualTo("RevokedCertificate,InvalidCertificate");
        assertThat(kit.count("SELECT count(*) FROM ocpp.firmware_events WHERE station_id = 'CS-L04'")).isZero();
        assertThat(kit.query("SELECT type FROM ocpp.security_events WHERE station_id = 'CS-L04'"))
                .isEqualTo("InvalidFirmwareSigningCertificate");
    }

    @Test
    void tc_l_06_invalidSignature() throws Exception {
        StationClient cs = updated("CS-L06", 6, "Accepted");
        reports(cs, "FirmwareStatusNotification", 6, "Downloading", "Downloaded", "InvalidSignature");
        securityEvent(cs, "InvalidFirmwareSignature");
        assertThat(kit.firmwareEvents("CS-L06")).isEqualTo(events("FIRMWARE", 6, "Downloading", "Downloaded",
                "InvalidSignature"));
        assertThat(kit.query("SELECT type FROM ocpp.security_events WHERE station_id = 'CS-L06'"))
                .isEqualTo("InvalidFirmwareSignature");
    }

    @Test
    void tc_l_07_downloadFailed_l_08_installVerificationFailed_l_09_installationFailed() throws Exception {
        StationClient cs = updated("CS-L07", 7, "Accepted");
        reports(cs, "FirmwareStatusNotification", 7, "Downloading", "DownloadFailed");
        kit.sendExpecting("CS-L07", "UpdateFirmware", updateFirmware(8), "Accepted");
        reports(cs, "FirmwareStatusNotification", 8, "Downloading", "Downloaded", "SignatureVerified", "Installing",
                "InstallVerificationFailed");
        kit.sendExpecting("CS-L07", "UpdateFirmware", updateFirmware(9), "Accepted");
        reports(cs, "FirmwareStatusNotification", 9, "Downloading", "Downloaded", "SignatureVerified", "Installing",
                "InstallationFailed");

        assertThat(kit.firmwareEvents("CS-L07")).isEqualTo(events("FIRMWARE", 7, "Downloading", "DownloadFailed") + ","
                + events("FIRMWARE", 8, "Downloading", "Downloaded", "SignatureVerified", "Installing",
                "InstallVerificationFailed") + "," + events("FIRMWARE", 9, "Downloading", "Downloaded",
                "SignatureVerified", "Installing", "InstallationFailed"));
    }

    @Test
    void tc_l_10_acceptedCanceled_and_l_11_unableToCancel() throws Exception {
        StationClient cs = updated("CS-L10", 10, "Accepted");
        reports(cs, "FirmwareStatusNotification", 10, "Downloading");
        // a second update while the first downloads: the station cancels the first and goes on with the second
        kit.answer(cs, "UpdateFirmware", "{'status':'AcceptedCanceled'}");
        kit.sendExpecting("CS-L10", "UpdateFirmware", updateFirmware(11), "AcceptedCanceled");
        reports(cs, "FirmwareStatusNotification", 11, "Downloading", "Downloaded");
        // a third while installing: it cannot cancel
        reports(cs, "FirmwareStatusNotification", 11, "SignatureVerified", "Installing");
        kit.answer(cs, "UpdateFirmware", "{'status':'Rejected'}");
        kit.sendExpecting("CS-L10", "UpdateFirmware", updateFirmware(12), "Rejected");
        reports(cs, "FirmwareStatusNotification", 11, "Installed");

        assertThat(kit.firmwareEvents("CS-L10")).isEqualTo("FIRMWARE:Downloading:10," + events("FIRMWARE", 11,
                "Downloading", "Downloaded", "SignatureVerified", "Installing", "Installed"));
        assertThat(kit.query("SELECT string_agg((request->>'requestId') || '=' || (response->>'status'), ',' ORDER BY id) "
                + "FROM ocpp.commands WHERE station_id = 'CS-L10'")).isEqualTo("10=Accepted,11=AcceptedCanceled,12=Rejected");
    }

    @Test
    void tc_l_13_ongoingTransactionDefersTheInstall() throws Exception {
        StationClient cs = updated("CS-L13", 13, "Accepted");
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(300);
        kit.report(cs, "TransactionEvent", "{'eventType':'Started','timestamp':'" + t0 + "','triggerReason':'Authorized',"
                + "'seqNo':0,'transactionInfo':{'transactionId':'tx-l13'},'evse':{'id':1,'connectorId':1},"
                + "'idToken':{'idToken':'T-L13','type':'ISO14443'}}");
        reports(cs, "FirmwareStatusNotification", 13, "Downloading", "Downloaded", "SignatureVerified", "InstallScheduled");
        assertThat(kit.query("SELECT status FROM ocpp.sessions WHERE station_id = 'CS-L13'")).isEqualTo("ACTIVE");
        kit.report(cs, "TransactionEvent", "{'eventType':'Ended','timestamp':'" + t0.plusSeconds(120) + "','triggerReason':"
                + "'StopAuthorized','seqNo':1,'transactionInfo':{'transactionId':'tx-l13','stoppedReason':'Local'}}");
        reports(cs, "FirmwareStatusNotification", 13, "Installing", "Installed");

        assertThat(kit.query("SELECT status || '/' || stop_reason FROM ocpp.sessions WHERE station_id = 'CS-L13'"))
                .isEqualTo("ENDED/Local");
        assertThat(kit.firmwareEvents("CS-L13")).isEqualTo(events("FIRMWARE", 13, "Downloading", "Downloaded",
                "SignatureVerified", "InstallScheduled", "Installing", "Installed"));
    }

    // -------------------------------------------------------------- L publish firmware (local controller)

    private static StationClient published(String id, int requestId) {
        StationClient lc = kit.client(id, OcppVersion.V201);
        kit.answer(lc, "PublishFirmware", "{'status':'Accepted'}");
        kit.sendExpecting(id, "PublishFirmware", "{'location':'https://fw.example/lc.bin','checksum':"
                + "'0123456789abcdef0123456789abcdef','requestId':" + requestId + ",'retries':1}", "Accepted");
        return lc;
    }

    @Test
    void tc_l_17_publishFirmwarePublished() throws Exception {
        StationClient lc = published("LC-L17", 17);
        reports(lc, "PublishFirmwareStatusNotification", 17, "Downloading", "Downloaded", "ChecksumVerified");
        assertThat(kit.report(lc, "PublishFirmwareStatusNotification", "{'status':'Published','requestId':17,"
                + "'location':['http://lc.local/fw.bin','ftp://lc.local/fw.bin']}")).isEqualTo(json("{}"));

        assertThat(kit.firmwareEvents("LC-L17")).isEqualTo(events("PUBLISH_FIRMWARE", 17, "Downloading", "Downloaded",
                "ChecksumVerified", "Published"));
        assertThat(kit.query("SELECT detail FROM ocpp.firmware_events WHERE station_id = 'LC-L17' AND status = 'Published'"))
                .isEqualTo("http://lc.local/fw.bin ftp://lc.local/fw.bin");
    }

    @Test
    void tc_l_19_invalidChecksum_l_20_publishFailed_l_24_downloadFailed() throws Exception {
        StationClient lc = published("LC-L19", 19);
        reports(lc, "PublishFirmwareStatusNotification", 19, "Downloading", "Downloaded", "InvalidChecksum");
        kit.sendExpecting("LC-L19", "PublishFirmware", "{'location':'https://fw.example/lc.bin','checksum':"
                + "'0123456789abcdef0123456789abcdef','requestId':20}", "Accepted");
        reports(lc, "PublishFirmwareStatusNotification", 20, "Downloading", "Downloaded", "ChecksumVerified", "PublishFailed");
        kit.sendExpecting("LC-L19", "PublishFirmware", "{'location':'https://fw.example/gone.bin','checksum':"
                + "'0123456789abcdef0123456789abcdef','requestId':24}", "Accepted");
        reports(lc, "PublishFirmwareStatusNotification", 24, "Downloading", "DownloadFailed");

        assertThat(kit.firmwareEvents("LC-L19")).isEqualTo(
                events("PUBLISH_FIRMWARE", 19, "Downloading", "Downloaded", "InvalidChecksum") + ","
                + events("PUBLISH_FIRMWARE", 20, "Downloading", "Downloaded", "ChecksumVerified", "PublishFailed") + ","
                + events("PUBLISH_FIRMWARE", 24, "Downloading", "DownloadFailed"));
        assertThat(kit.query("SELECT count(*) FILTER (WHERE detail IS NOT NULL) FROM ocpp.firmware_events "
                + "WHERE station_id = 'LC-L19'")).as("no locations unless published").isEqualTo(0L);
    }

    @Test
    void tc_l_21_unpublished_l_22_noFirmware_l_23_downloadOngoing() throws Exception {
        StationClient lc = kit.client("LC-L21", OcppVersion.V201);
        String checksum = "{'checksum':'0123456789abcdef0123456789abcdef'}";
        for (String status : new String[] {"Unpublished", "NoFirmware", "DownloadOngoing"}) {
            kit.answer(lc, "UnpublishFirmware", "{'status':'" + status + "'}");
            kit.sendExpecting("LC-L21", "UnpublishFirmware", checksum, status);
            assertThat(kit.receivedBy(lc, "UnpublishFirmware")).isEqualTo(json(checksum));
        }
        assertThat(kit.send("LC-L21", "UnpublishFirmware", "{'checksum':'" + "f".repeat(33) + "'}").status())
                .as("a checksum longer than an MD5 is refused before it is sent")
                .isEqualTo(de.ladewerk.gateway.command.CommandStatus.INVALID);
    }

    // ----------------------------------------------------------------------------------- N logs

    private static String getLog(String type, int requestId) {
        return "{'logType':'" + type + "','requestId':" + requestId + ",'log':{'remoteLocation':'https://logs.example/up'}}";
    }

    @Test
    void tc_n_25_diagnosticsLog_and_n_35_securityLog() throws Exception {
        StationClient cs = kit.client("CS-N25", OcppVersion.V201);
        kit.answer(cs, "GetLog", "{'status':'Accepted','filename':'diag.log'}");
        CommandResult r = kit.sendExpecting("CS-N25", "GetLog", getLog("DiagnosticsLog", 25), "Accepted");
        assertThat(r.response().get("filename").asText()).isEqualTo("diag.log");
        reports(cs, "LogStatusNotification", 25, "Uploading", "Uploaded");
        kit.sendExpecting("CS-N25", "GetLog", getLog("SecurityLog", 35), "Accepted");
        assertThat(kit.receivedBy(cs, "GetLog").get("logType").asText()).isEqualTo("SecurityLog");
        reports(cs, "LogStatusNotification", 35, "Uploading", "Uploaded");

        assertThat(kit.firmwareEvents("CS-N25")).isEqualTo("LOG:Uploading:25,LOG:Uploaded:25,LOG:Uploading:35,LOG:Uploaded:35");
    }

    @Test
    void tc_n_34_rejected() throws Exception {
        StationClient cs = kit.client("CS-N34", OcppVersion.V201);
        kit.answer(cs, "GetLog", "{'status':'Rejected'}");
        kit.sendExpecting("CS-N34", "GetLog", getLog("DiagnosticsLog", 34), "Rejected");
        assertThat(kit.count("SELECT count(*) FROM ocpp.firmware_events WHERE station_id = 'CS-N34'")).isZero();
    }

    @Test
    void tc_n_36_secondRequestCancelsTheFirst() throws Exception {
        StationClient cs = kit.client("CS-N36", OcppVersion.V201);
        kit.answer(cs, "GetLog", "{'status':'Accepted','filename':'first.log'}");
        kit.sendExpecting("CS-N36", "GetLog", getLog("DiagnosticsLog", 1), "Accepted");
        reports(cs, "LogStatusNotification", 1, "Uploading");
        kit.answer(cs, "GetLog", "{'status':'AcceptedCanceled','filename':'second.log'}");
        kit.sendExpecting("CS-N36", "GetLog", getLog("DiagnosticsLog", 2), "AcceptedCanceled");
        reports(cs, "LogStatusNotification", 1, "AcceptedCanceled");
        reports(cs, "LogStatusNotification", 2, "Uploading", "Uploaded");

        assertThat(kit.firmwareEvents("CS-N36"))
                .isEqualTo("LOG:Uploading:1,LOG:AcceptedCanceled:1,LOG:Uploading:2,LOG:Uploaded:2");
    }

    // ------------------------------------------------------------------- F trigger status messages

    @Test
    void tc_f_15_triggerLogStatusIdle_and_f_18_triggerFirmwareStatusIdle() throws Exception {
        StationClient cs = kit.client("CS-F15", OcppVersion.V201);
        kit.answer(cs, "TriggerMessage", "{'status':'Accepted'}");
        kit.sendExpecting("CS-F15", "TriggerMessage", "{'requestedMessage':'LogStatusNotification'}", "Accepted");
        assertThat(kit.report(cs, "LogStatusNotification", "{'status':'Idle'}")).isEqualTo(json("{}"));
        kit.sendExpecting("CS-F15", "TriggerMessage", "{'requestedMessage':'FirmwareStatusNotification'}", "Accepted");
        assertThat(kit.report(cs, "FirmwareStatusNotification", "{'status':'Idle'}")).isEqualTo(json("{}"));

        assertThat(kit.firmwareEvents("CS-F15")).isEqualTo("LOG:Idle:-,FIRMWARE:Idle:-");
    }
}
