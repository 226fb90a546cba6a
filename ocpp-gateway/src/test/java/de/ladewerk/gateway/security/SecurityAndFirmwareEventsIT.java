package de.ladewerk.gateway.security;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.events.LiveEvent;
import de.ladewerk.gateway.events.LiveEvents;
import de.ladewerk.gateway.persistence.JooqSecurityEventQueries;
import de.ladewerk.gateway.securityevent.SecurityEvent;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security events (TC_077/TC_078 for 1.6, 2.0.1 alike) stored, queryable and published live; firmware, diagnostics
 * and log status of both versions stored (TC_044, TC_045, TC_079, TC_080, TC_L_01, TC_L_17, TC_N_25).
 */
class SecurityAndFirmwareEventsIT {

    private static GatewayHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void TC_077_and_TC_078_securityEventsAreStoredQueryableAndPublished() throws Exception {
        harness.register("se-16");
        harness.register("se-201");
        StationClient v16 = harness.connect("se-16", OcppVersion.V16);
        StationClient v201 = harness.connect("se-201", OcppVersion.V201);
        await(v16.call("SecurityEventNotification", Map.of("type", "InvalidChargePointCertificate",
                "timestamp", "2026-03-01T10:00:00Z", "techInfo", "chain incomplete")));
        await(v16.call("SecurityEventNotification", Map.of("type", "InvalidCentralSystemCertificate",
                "timestamp", "2026-03-01T11:00:00Z")));
        await(v201.call("SecurityEventNotification", Map.of("type", "TamperDetectionActivated",
                "timestamp", "2026-03-02T08:30:00Z")));

        // answered only after commit: readable at once
        List<SecurityEvent> events = new JooqSecurityEventQueries(
                org.jooq.impl.DSL.using(harness.dataSource(), org.jooq.SQLDialect.POSTGRES)).forStation("se-16", null, 10);
        assertThat(events).extracting(SecurityEvent::type)
                .containsExactly("InvalidCentralSystemCertificate", "InvalidChargePointCertificate");
        assertThat(events.get(1).techInfo()).isEqualTo("chain incomplete");
        assertThat(events.get(1).time()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(harness.queryValue("SELECT type FROM ocpp.security_events WHERE station_id = 'se-201'"))
                .isEqualTo("TamperDetectionActivated");

        List<LiveEvent> live = harness.events().stream()
                .filter(e -> e.type().equals(LiveEvents.SECURITY_EVENT)).toList();
        assertThat(live).extracting(LiveEvent::stationId).containsExactly("se-16", "se-16", "se-201");
        assertThat(live.get(2).data()).containsEntry("type", "TamperDetectionActivated");
        await(v16.close());
        await(v201.close());
    }

    @Test
    void firmwareDiagnosticsAndLogStatusOf16AreStored() throws Exception {
        harness.register("fw-16");
        StationClient c = harness.connect("fw-16", OcppVersion.V16);
        await(c.call("FirmwareStatusNotification", Map.of("status", "Downloading")));
        await(c.call("FirmwareStatusNotification", Map.of("status", "Installed")));
        await(c.call("DiagnosticsStatusNotification", Map.of("status", "Uploaded")));
        await(c.call("SignedFirmwareStatusNotification", Map.of("status", "InvalidSignature", "requestId", 7)));
        await(c.call("LogStatusNotification", Map.of("status", "Uploaded", "requestId", 9)));
        assertThat(harness.queryValue("SELECT string_agg(kind || ':' || status || ':' || coalesce(request_id::text, '-'), ',' "
                + "ORDER BY time) FROM ocpp.firmware_events WHERE station_id = 'fw-16'"))
                .isEqualTo("FIRMWARE:Downloading:-,FIRMWARE:Installed:-,DIAGNOSTICS:Uploaded:-,"
                        + "SIGNED_FIRMWARE:InvalidSignature:7,LOG:Uploaded:9");
        await(c.close());
    }

    @Test
    void firmwareLogAndPublishStatusOf201AreStored() throws Exception {
        harness.register("fw-201");
        StationClient c = harness.connect("fw-201", OcppVersion.V201);
        await(c.call("FirmwareStatusNotification", Map.of("status", "Installed", "requestId", 3)));
        await(c.call("LogStatusNotification", Map.of("status", "UploadFailure", "requestId", 4)));
        await(c.call("PublishFirmwareStatusNotification", Map.of("status", "Published", "requestId", 5,
                "location", List.of("http://lc.local/fw.bin", "ftp://lc.local/fw.bin"))));
        assertThat(harness.queryValue("SELECT string_agg(kind || ':' || status || ':' || request_id, ',' ORDER BY time) "
                + "FROM ocpp.firmware_events WHERE station_id = 'fw-201'"))
                .isEqualTo("FIRMWARE:Installed:3,LOG:UploadFailure:4,PUBLISH_FIRMWARE:Published:5");
        assertThat(harness.queryValue("SELECT detail FROM ocpp.firmware_events WHERE station_id = 'fw-201' "
                + "AND kind = 'PUBLISH_FIRMWARE'")).isEqualTo("http://lc.local/fw.bin ftp://lc.local/fw.bin");
        assertThat(harness.queryValue("SELECT protocol_version FROM ocpp.firmware_events WHERE station_id = 'fw-201' LIMIT 1"))
                .isEqualTo("ocpp2.0.1");
        await(c.close());
    }
}
