package de.ladewerk.gateway.command;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.GatewayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A station password sent through the generic command API reaches the station as given, but neither the
 * command audit nor the device model keeps it in clear.
 */
class CommandSecretsIT {

    private static GatewayHarness harness;
    private static CommandService commands;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        commands = harness.gateway().operator().commands();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void aBasicAuthPasswordSetThroughSetVariablesIsMaskedInTheAuditAndNotStored() throws Exception {
        harness.register("SECRET-201");
        StationClient cs = harness.connect("SECRET-201", OcppVersion.V201);
        await(cs.call("BootNotification", json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}")));
        AtomicReference<String> received = new AtomicReference<>();
        cs.onCall("SetVariables", call -> {
            received.set(call.payload().at("/setVariableData/0/attributeValue").asText());
            return Future.succeededFuture(json("{'setVariableResult':[{'attributeStatus':'Accepted',"
                    + "'component':{'name':'SecurityCtrlr'},'variable':{'name':'BasicAuthPassword'}},"
                    + "{'attributeStatus':'Accepted','component':{'name':'OCPPCommCtrlr'},'variable':{'name':'HeartbeatInterval'}}]}"));
        });

        CommandResult r = await(commands.send("SECRET-201", "SetVariables", json("{'setVariableData':["
                + "{'attributeValue':'n3w-Station-Secret-42','component':{'name':'SecurityCtrlr'},'variable':{'name':'BasicAuthPassword'}},"
                + "{'attributeValue':'120','component':{'name':'OCPPCommCtrlr'},'variable':{'name':'HeartbeatInterval'}}]}"), "alice"));

        assertThat(r.status()).isEqualTo(CommandStatus.ANSWERED);
        assertThat(received.get()).isEqualTo("n3w-Station-Secret-42");
        String audit = harness.queryValue("SELECT request::text FROM ocpp.commands WHERE id = " + r.id()).toString();
        assertThat(audit).doesNotContain("n3w-Station-Secret-42").contains("********").contains("120");
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.device_variable_attributes WHERE station_id = 'SECRET-201' "
                + "AND variable = 'BasicAuthPassword'")).isEqualTo(0L);
        assertThat(harness.queryValue("SELECT value FROM ocpp.device_variable_attributes WHERE station_id = 'SECRET-201' "
                + "AND variable = 'HeartbeatInterval' AND attribute_type = 'Actual'")).isEqualTo("120");
        await(cs.close());
    }

    @Test
    void anAuthorizationKeyIsMaskedInTheAudit() throws Exception {
        harness.register("SECRET-16");
        StationClient cp = harness.connect("SECRET-16", OcppVersion.V16);
        await(cp.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
        cp.onCall("ChangeConfiguration", call -> Future.succeededFuture(json("{'status':'Accepted'}")));

        CommandResult r = await(commands.send("SECRET-16", "ChangeConfiguration",
                json("{'key':'AuthorizationKey','value':'6b65792d6f662d34302d686578'}"), "alice"));

        assertThat(r.status()).isEqualTo(CommandStatus.ANSWERED);
        assertThat(harness.queryValue("SELECT request->>'value' FROM ocpp.commands WHERE id = " + r.id())).isEqualTo("********");
        assertThat(r.request().get("value").asText()).isEqualTo("********");
        await(cp.close());
    }
}
