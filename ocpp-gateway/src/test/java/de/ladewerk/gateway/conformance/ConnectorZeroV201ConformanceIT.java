package de.ladewerk.gateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TC_A_01 (2.0.1 Basic authentication, valid credentials): stations that pass it often report the station
 * itself as EVSE 0 / connector 0 right after boot. Ladewerk answers such a StatusNotification normally (a
 * CALLERROR would make the station retry it forever), stores no connector for it, and records a
 * data-quality note in {@code ocpp.data_rejections}.
 */
class ConnectorZeroV201ConformanceIT {

    private static CommandKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new CommandKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @Test
    void tc_a_01_statusOfConnectorZeroIsAnsweredAndNotedNotStored() throws Exception {
        StationClient cs = kit.client("CS-A01", OcppVersion.V201);

        JsonNode zero = kit.report(cs, "StatusNotification", "{'timestamp':'2026-12-07T04:00:00Z',"
                + "'connectorStatus':'Available','evseId':0,'connectorId':0}");
        JsonNode evseOneConnectorZero = kit.report(cs, "StatusNotification", "{'timestamp':'2026-12-07T04:00:01Z',"
                + "'connectorStatus':'Unavailable','evseId':1,'connectorId':0}");
        kit.report(cs, "StatusNotification", "{'timestamp':'2026-12-07T04:00:02Z',"
                + "'connectorStatus':'Available','evseId':1,'connectorId':1}");

        assertThat(zero.isObject() && zero.isEmpty()).as("a normal, empty answer: %s", zero).isTrue();
        assertThat(evseOneConnectorZero.isEmpty()).isTrue();
        assertThat(kit.query("SELECT string_agg(evse_id || '/' || connector_id, ',') FROM ocpp.connectors "
                + "WHERE station_id = 'CS-A01'")).as("only the real connector is stored").isEqualTo("1/1");
        assertThat(kit.count("SELECT count(*) FROM ocpp.status_events WHERE station_id = 'CS-A01' "
                + "AND (evse_id = 0 OR connector_id = 0)")).isZero();
        assertThat(kit.query("SELECT string_agg(kind || '/' || action || '/' || received, ';' ORDER BY id) "
                + "FROM ocpp.data_rejections WHERE station_id = 'CS-A01'")).isEqualTo(
                "NO_SUCH_CONNECTOR/REJECTED/StatusNotification EVSE 0 connector 0 Available at 2026-12-07T04:00:00Z;"
                + "NO_SUCH_CONNECTOR/REJECTED/StatusNotification EVSE 1 connector 0 Unavailable at 2026-12-07T04:00:01Z");
        assertThat(kit.query("SELECT reason FROM ocpp.data_rejections WHERE station_id = 'CS-A01' ORDER BY id LIMIT 1"))
                .asString().contains("numbered from 1").contains("EVSE 0 connector 0");
    }
}
