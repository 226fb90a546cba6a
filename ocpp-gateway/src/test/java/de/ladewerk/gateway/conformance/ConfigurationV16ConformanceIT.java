package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.conformance.CommandKit.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.gateway.command.CommandStatus;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OCPP 1.6 configuration, local list version and subprotocol negotiation (OCA TC_019 … TC_042,
 * TC_088). Configuration read from a station lands in the device model (component OCPP16). Firmware
 * and diagnostics: {@link FirmwareDiagnosticsV16ConformanceIT}.
 */
class ConfigurationV16ConformanceIT {

    private static CommandKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new CommandKit();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    private static Object storedKey(String station, String key) throws Exception {
        return kit.query("SELECT a.value FROM ocpp.device_variable_attributes a JOIN ocpp.device_variables v USING "
                + "(station_id, component, component_instance, evse_id, connector_id, variable, variable_instance) "
                + "WHERE v.station_id = '" + station + "' AND v.component = 'OCPP16' AND v.variable = '" + key
                + "' AND a.attribute_type = 'Actual'");
    }

    @Test
    void tc_019_1_retrieveAllConfigurationKeys() throws Exception {
        kit.station("CP-TC019-1", OcppVersion.V16);

        CommandResult r = kit.answered("CP-TC019-1", "GetConfiguration", "{}");

        JsonNode keys = r.response().get("configurationKey");
        assertThat(keys.size()).isGreaterThan(10);
        assertThat(kit.count("SELECT count(*) FROM ocpp.device_variables WHERE station_id = 'CP-TC019-1' "
                + "AND component = 'OCPP16'")).as("every reported key stored").isEqualTo(keys.size());
        assertThat(storedKey("CP-TC019-1", "HeartbeatInterval")).isEqualTo("300");
        assertThat(kit.query("SELECT mutability FROM ocpp.device_variable_attributes WHERE station_id = 'CP-TC019-1' "
                + "AND variable = 'NumberOfConnectors'")).isEqualTo("ReadOnly");
    }

    @Test
    void tc_019_2_retrieveSpecificConfigurationKey() throws Exception {
        kit.station("CP-TC019-2", OcppVersion.V16);

        CommandResult r = kit.answered("CP-TC019-2", "GetConfiguration", "{'key':['MeterValueSampleInterval']}");

        assertThat(r.response().get("configurationKey")).hasSize(1);
        assertThat(r.response().at("/configurationKey/0/key").asText()).isEqualTo("MeterValueSampleInterval");
        assertThat(kit.count("SELECT count(*) FROM ocpp.device_variables WHERE station_id = 'CP-TC019-2'")).isEqualTo(1);
        assertThat(storedKey("CP-TC019-2", "MeterValueSampleInterval")).isEqualTo("60");
    }

    @Test
    void tc_021_changeSetConfiguration() throws Exception {
        kit.station("CP-TC021", OcppVersion.V16);

        kit.sendExpecting("CP-TC021", "ChangeConfiguration", "{'key':'MeterValueSampleInterval','value':'30'}", "Accepted");
        kit.answered("CP-TC021", "GetConfiguration", "{'key':['MeterValueSampleInterval']}");

        assertThat(storedKey("CP-TC021", "MeterValueSampleInterval")).as("read back after the change").isEqualTo("30");
    }

    @Test
    void tc_040_1_configurationKeysNotSupported() throws Exception {
        kit.station("CP-TC040-1", OcppVersion.V16);
        kit.sendExpecting("CP-TC040-1", "ChangeConfiguration", "{'key':'NoSuchKeyAnywhere','value':'1'}", "NotSupported");

        CommandResult r = kit.answered("CP-TC040-1", "GetConfiguration", "{'key':['NoSuchKeyAnywhere']}");
        assertThat(r.response().get("unknownKey")).extracting(JsonNode::asText).containsExactly("NoSuchKeyAnywhere");
        assertThat(kit.count("SELECT count(*) FROM ocpp.device_variables WHERE station_id = 'CP-TC040-1'")).isZero();
    }

    @Test
    void tc_040_2_configurationKeysInvalidValue() throws Exception {
        kit.station("CP-TC040-2", OcppVersion.V16);
        kit.sendExpecting("CP-TC040-2", "ChangeConfiguration", "{'key':'HeartbeatInterval','value':'often'}", "Rejected");
        kit.answered("CP-TC040-2", "GetConfiguration", "{'key':['HeartbeatInterval']}");
        assertThat(storedKey("CP-TC040-2", "HeartbeatInterval")).isEqualTo("300");
    }

    @Test
    void tc_040_changeConfigurationWithoutValueIsNotSent() throws Exception {
        StationClient cp = kit.client("CP-TC040-X", OcppVersion.V16);
        kit.answer(cp, "ChangeConfiguration", "{'status':'Accepted'}");
        CommandResult r = kit.send("CP-TC040-X", "ChangeConfiguration", "{'key':'HeartbeatInterval'}");
        assertThat(r.status()).isEqualTo(CommandStatus.INVALID);
        assertThat(kit.receivedBy(cp, "ChangeConfiguration")).as("never reached the station").isNull();
    }

    @Test
    void tc_042_1_getLocalListVersionNotSupported() throws Exception {
        StationClient cp = kit.client("CP-TC042-1", OcppVersion.V16);
        kit.answer(cp, "GetLocalListVersion", "{'listVersion':-1}");
        CommandResult r = kit.answered("CP-TC042-1", "GetLocalListVersion", "{}");
        assertThat(r.response().get("listVersion").asInt()).isEqualTo(-1);
        assertThat(kit.receivedBy(cp, "GetLocalListVersion")).isEqualTo(json("{}"));
    }

    @Test
    void tc_088_webSocketSubprotocolNegotiation() throws Exception {
        StationClient cp = kit.client("CP-TC088", OcppVersion.V16);
        assertThat(kit.harness.gateway().operator().commands().connectedVersion("CP-TC088")).contains(OcppVersion.V16);
        assertThat(kit.query("SELECT protocol_version FROM ocpp.stations WHERE id = 'CP-TC088'")).isEqualTo("ocpp1.6");
        // commands follow the negotiated version: a 2.0.1 action is refused before it is sent
        kit.answer(cp, "RequestStartTransaction", "{'status':'Accepted'}");
        CommandResult r = kit.send("CP-TC088", "RequestStartTransaction",
                "{'idToken':{'idToken':'T','type':'ISO14443'},'remoteStartId':1}");
        assertThat(r.status()).isEqualTo(CommandStatus.INVALID);
        assertThat(r.protocolVersion()).isEqualTo("ocpp1.6");
        assertThat(kit.receivedBy(cp, "RequestStartTransaction")).isNull();
    }
}
