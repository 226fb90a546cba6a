package de.ladewerk.gateway.datatransfer;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.GatewayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.simulator.station.StationClient;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DataTransfer from stations of both versions: answered per vendor, every transfer recorded. */
class DataTransferIT {

    private static GatewayHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        harness.gateway().reports().dataTransfers().register("de.ladewerk.test", (station, messageId, data) ->
                "ping".equals(messageId) ? new VendorExtension.Answer(DataTransferStatus.Accepted, "{\"pong\":true}")
                        : new VendorExtension.Answer(DataTransferStatus.UnknownMessageId, null));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }


    private static List<DataTransfer> recorded(String station) {
        return await(harness.vertx().executeBlocking(() ->
                harness.gateway().reports().dataTransfers().store().recent(station, 10)));
    }

    @Test
    void tc_064_dataTransferToACentralSystem_unknownVendorRecorded() throws Exception {
        harness.register("DT-16");
        StationClient cp = harness.connect("DT-16", OcppVersion.V16);
        JsonNode answer = await(cp.call("DataTransfer", json("{'vendorId':'com.example','messageId':'m1','data':'raw text'}")));
        assertThat(answer.get("status").asText()).isEqualTo("UnknownVendorId");
        JsonNode known = await(cp.call("DataTransfer", json("{'vendorId':'de.ladewerk.test','messageId':'ping'}")));
        assertThat(known.get("status").asText()).isEqualTo("Accepted");
        assertThat(known.get("data").asText()).isEqualTo("{\"pong\":true}");
        List<DataTransfer> stored = recorded("DT-16");
        assertThat(stored).extracting(DataTransfer::status).containsExactly(DataTransferStatus.Accepted,
                DataTransferStatus.UnknownVendorId);
        assertThat(stored.get(1).data()).isEqualTo("raw text");
        await(cp.close());
    }

    @Test
    void tc_p_02_dataTransferToTheCsms_rejectedUnknownVendorUnknownMessage() throws Exception {
        harness.register("DT-201");
        StationClient cs = harness.connect("DT-201", OcppVersion.V201);
        assertThat(await(cs.call("DataTransfer", json("{'vendorId':'com.example','data':{'a':[1,2]}}")))
                .get("status").asText()).isEqualTo("UnknownVendorId");
        assertThat(await(cs.call("DataTransfer", json("{'vendorId':'de.ladewerk.test','messageId':'other'}")))
                .get("status").asText()).isEqualTo("UnknownMessageId");
        JsonNode pong = await(cs.call("DataTransfer", json("{'vendorId':'de.ladewerk.test','messageId':'ping'}")));
        assertThat(pong.get("data").get("pong").asBoolean()).isTrue(); // 2.0.1 gets the answer as JSON
        List<DataTransfer> stored = recorded("DT-201");
        assertThat(stored).hasSize(3);
        assertThat(stored.get(2).data()).isEqualTo("{\"a\":[1,2]}");
        assertThat(stored.get(2).status()).isEqualTo(DataTransferStatus.UnknownVendorId);
        await(cs.close());
    }
}
