package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.conformance.CommandKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.gateway.command.CommandStatus;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCPP 1.6 firmware, diagnostics and security-log cases in full (OCA TC_044_1/2/3, TC_045_1, TC_079,
 * TC_080, TC_081): the command goes out through the command service and is recorded with the station's
 * answer; then the station tells its progress with status notifications, which the CSMS must answer
 * and which land in {@code ocpp.firmware_events} in the order sent. The station is a bare client: the
 * simulator does not update firmware.
 */
class FirmwareDiagnosticsV16ConformanceIT {

    private static final String CERT = "-----BEGIN CERTIFICATE-----MIIB-----END CERTIFICATE-----";

    private static CommandKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new CommandKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    /** The station reports each status in turn; every report is answered with an empty object. */
    private static void reports(StationClient cp, String action, String requestIdField, String... statuses) {
        for (String status : statuses) {
            assertThat(kit.report(cp, action, "{'status':'" + status + "'" + requestIdField + "}"))
                    .as("%s %s answered", action, status).isEqualTo(json("{}"));
        }
    }

    private static String updateFirmware(String location) {
        return "{'location':'" + location + "','retrieveDate':'"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(60) + "','retries':3,'retryInterval':60}";
    }

    private static String signedUpdate(int requestId) {
        return "{'requestId':" + requestId + ",'retries':2,'firmware':{'location':'https://fw.example/signed.bin',"
                + "'retrieveDateTime':'" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "','signingCertificate':'"
                + CERT + "','signature':'c2lnbmF0dXJl'}}";
    }

    private static void boot(StationClient cp, String firmwareVersion) {
        assertThat(kit.report(cp, "BootNotification", "{'chargePointVendor':'V','chargePointModel':'M',"
                + "'firmwareVersion':'" + firmwareVersion + "'}").get("status").asText()).isEqualTo("Accepted");
    }

    @Test
    void tc_044_1_firmwareUpdateDownloadAndInstall() throws Exception {
        StationClient cp = kit.client("CP-TC044-1", OcppVersion.V16);
        kit.answer(cp, "UpdateFirmware", "{}");
        String payload = updateFirmware("https://firmware.example/cp-2.1.bin");

        CommandResult r = kit.answered("CP-TC044-1", "UpdateFirmware", payload);

        assertThat(r.response()).isEqualTo(json("{}"));
        assertThat(kit.receivedBy(cp, "UpdateFirmware")).isEqualTo(json(payload));
        reports(cp, "FirmwareStatusNotification", "", "Downloading", "Downloaded", "Installing");
        boot(cp, "2.1");
        reports(cp, "FirmwareStatusNotification", "", "Installed");
        assertThat(kit.firmwareEvents("CP-TC044-1"))
                .isEqualTo("FIRMWARE:Downloading:-,FIRMWARE:Downloaded:-,FIRMWARE:Installing:-,FIRMWARE:Installed:-");
        assertThat(kit.query("SELECT firmware_version FROM ocpp.stations WHERE id = 'CP-TC044-1'"))
                .as("the boot after the install reports the new version").isEqualTo("2.1");
        // a retrieveDate that is not a date never leaves the CSMS
        assertThat(kit.send("CP-TC044-1", "UpdateFirmware", "{'location':'x','retrieveDate':'tomorrow'}").status())
                .isEqualTo(CommandStatus.INVALID);
    }

    @Test
    void tc_044_2_firmwareUpdateDownloadFailed() throws Exception {
        StationClient cp = kit.client("CP-TC044-2", OcppVersion.V16);
        kit.answer(cp, "UpdateFirmware", "{}");
        kit.answered("CP-TC044-2", "UpdateFirmware", updateFirmware("https://firmware.example/missing.bin"));
        reports(cp, "FirmwareStatusNotification", "", "Downloading", "DownloadFailed");
        assertThat(kit.firmwareEvents("CP-TC044-2")).isEqualTo("FIRMWARE:Downloading:-,FIRMWARE:DownloadFailed:-");
    }

    @Test
    void tc_044_3_firmwareUpdateInstallationFailed() throws Exception {
        StationClient cp = kit.client("CP-TC044-3", OcppVersion.V16);
        kit.answer(cp, "UpdateFirmware", "{}");
        kit.answered("CP-TC044-3", "UpdateFirmware", updateFirmware("https://firmware.example/broken.bin"));
        reports(cp, "FirmwareStatusNotification", "", "Downloading", "Downloaded", "Installing", "InstallationFailed");
        assertThat(kit.firmwareEvents("CP-TC044-3")).isEqualTo("FIRMWARE:Downloading:-,FIRMWARE:Downloaded:-,"
                + "FIRMWARE:Installing:-,FIRMWARE:InstallationFailed:-");
    }

    @Test
    void tc_045_1_getDiagnostics() throws Exception {
        StationClient cp = kit.client("CP-TC045", OcppVersion.V16);
        kit.answer(cp, "GetDiagnostics", "{'fileName':'diag-CP-TC045.zip'}");

        CommandResult r = kit.answered("CP-TC045", "GetDiagnostics", "{'location':'ftp://logs.example/upload/'}");

        assertThat(r.response().get("fileName").asText()).isEqualTo("diag-CP-TC045.zip");
        assertThat(kit.receivedBy(cp, "GetDiagnostics").get("location").asText()).isEqualTo("ftp://logs.example/upload/");
        reports(cp, "DiagnosticsStatusNotification", "", "Uploading", "Uploaded");
        assertThat(kit.firmwareEvents("CP-TC045")).isEqualTo("DIAGNOSTICS:Uploading:-,DIAGNOSTICS:Uploaded:-");
    }

    @Test
    void tc_079_getSecurityLog() throws Exception {
        StationClient cp = kit.client("CP-TC079", OcppVersion.V16);
        kit.answer(cp, "GetLog", "{'status':'Accepted','filename':'security-CP-TC079.log'}");

        CommandResult r = kit.answered("CP-TC079", "GetLog", "{'logType':'SecurityLog','requestId':79,"
                + "'log':{'remoteLocation':'https://logs.example/upload'}}");

        assertThat(r.response().get("filename").asText()).isEqualTo("security-CP-TC079.log");
        assertThat(kit.receivedBy(cp, "GetLog").get("logType").asText()).isEqualTo("SecurityLog");
        reports(cp, "LogStatusNotification", ",'requestId':79", "Uploading", "Uploaded");
        assertThat(kit.firmwareEvents("CP-TC079")).isEqualTo("LOG:Uploading:79,LOG:Uploaded:79");
        // a log type that does not exist is refused before it is sent
        assertThat(kit.send("CP-TC079", "GetLog", "{'logType':'AuditLog','requestId':80,"
                + "'log':{'remoteLocation':'https://logs.example/upload'}}").status()).isEqualTo(CommandStatus.INVALID);
    }

    @Test
    void tc_080_secureFirmwareUpdate() throws Exception {
        StationClient cp = kit.client("CP-TC080", OcppVersion.V16);
        kit.answer(cp, "SignedUpdateFirmware", "{'status':'Accepted'}");

        kit.sendExpecting("CP-TC080", "SignedUpdateFirmware", signedUpdate(80), "Accepted");

        assertThat(kit.receivedBy(cp, "SignedUpdateFirmware").at("/firmware/signingCertificate").asText()).isEqualTo(CERT);
        reports(cp, "SignedFirmwareStatusNotification", ",'requestId':80", "Downloading", "Downloaded",
                "SignatureVerified", "Installing", "InstallRebooting");
        boot(cp, "3.0-signed");
        reports(cp, "SignedFirmwareStatusNotification", ",'requestId':80", "Installed");
        assertThat(kit.firmwareEvents("CP-TC080")).isEqualTo("SIGNED_FIRMWARE:Downloading:80,SIGNED_FIRMWARE:Downloaded:80,"
                + "SIGNED_FIRMWARE:SignatureVerified:80,SIGNED_FIRMWARE:Installing:80,SIGNED_FIRMWARE:InstallRebooting:80,"
                + "SIGNED_FIRMWARE:Installed:80");
        assertThat(kit.query("SELECT firmware_version FROM ocpp.stations WHERE id = 'CP-TC080'")).isEqualTo("3.0-signed");
    }

    @Test
    void tc_081_secureFirmwareUpdateInvalidSignature() throws Exception {
        StationClient cp = kit.client("CP-TC081", OcppVersion.V16);
        kit.answer(cp, "SignedUpdateFirmware", "{'status':'Accepted'}");
        kit.sendExpecting("CP-TC081", "SignedUpdateFirmware", signedUpdate(81), "Accepted");

        reports(cp, "SignedFirmwareStatusNotification", ",'requestId':81", "Downloading", "Downloaded", "InvalidSignature");
        assertThat(kit.report(cp, "SecurityEventNotification", "{'type':'InvalidFirmwareSignature','timestamp':'"
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "'}")).isEqualTo(json("{}"));

        assertThat(kit.firmwareEvents("CP-TC081")).isEqualTo("SIGNED_FIRMWARE:Downloading:81,"
                + "SIGNED_FIRMWARE:Downloaded:81,SIGNED_FIRMWARE:InvalidSignature:81");
        assertThat(kit.query("SELECT type FROM ocpp.security_events WHERE station_id = 'CP-TC081'"))
                .isEqualTo("InvalidFirmwareSignature");
    }

    @Test
    void statusNotificationsWithAStatusOfTheOtherVersionAreRefusedAndNotStored() throws Exception {
        StationClient cp = kit.client("CP-FW-BAD", OcppVersion.V16);
        // "SignatureVerified" exists only for signed firmware (and 2.0.1): a plain 1.6 notification may not carry it
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kit.report(cp, "FirmwareStatusNotification",
                "{'status':'SignatureVerified'}")).hasMessageContaining("PropertyConstraintViolation")
                .hasMessageContaining("status: must be one of");
        assertThat(kit.count("SELECT count(*) FROM ocpp.firmware_events WHERE station_id = 'CP-FW-BAD'")).isZero();
    }
}
