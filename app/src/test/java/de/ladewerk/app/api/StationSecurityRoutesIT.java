package de.ladewerk.app.api;

import static de.ladewerk.app.api.CommandApiHarness.await;
import static de.ladewerk.app.api.CommandApiHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Operators rotate a station's password and set its security profile through the API. */
class StationSecurityRoutesIT {

    private static CommandApiHarness api;

    @BeforeAll
    static void start() throws Exception {
        api = new CommandApiHarness();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void aRotatedPasswordIsTheOneTheStationMustUseNext() throws Exception {
        StationClient cp = api.station("SEC-ROT-1", OcppVersion.V16);
        await(cp.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
        AtomicReference<String> key = new AtomicReference<>();
        cp.onCall("ChangeConfiguration", call -> {
            key.set(call.payload().get("value").asText());
            return Future.succeededFuture(json("{'status':'Accepted'}"));
        });

        CommandApiHarness.Answer rotated = api.post("/api/stations/SEC-ROT-1/password-rotation", null);
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.body().get("stored").asBoolean()).isTrue();
        // the exchange is in the command audit like any command, with the new password masked
        com.fasterxml.jackson.databind.JsonNode audit = api.get("/api/commands?station=SEC-ROT-1&action=ChangeConfiguration")
                .body().get("items").get(0);
        assertThat(audit.get("status").asText()).isEqualTo("ANSWERED");
        assertThat(audit.get("requestedBy").asText()).as("the operator who asked (the harness's admin token)")
                .startsWith("token:tests-");
        assertThat(audit.at("/request/value").asText()).isEqualTo("********");
        await(cp.close());

        // the 1.6 AuthorizationKey is the password as hex; the new one opens the door, the old one no longer
        String password = new String(java.util.HexFormat.of().parseHex(key.get()), java.nio.charset.StandardCharsets.UTF_8);
        StationClient again = api.connect("SEC-ROT-1", OcppVersion.V16, password);
        assertThat(again.isOpen()).isTrue();
        await(again.close());
    }

    @Test
    void anOfflineStationCannotBeRotatedAndProfilesAreChecked() throws Exception {
        api.post("/api/stations", "{'id':'SEC-OFF-1','password':'" + CommandApiHarness.PASSWORD + "'}");
        assertThat(api.post("/api/stations/SEC-OFF-1/password-rotation", null).status()).isEqualTo(409);
        assertThat(api.send("PUT", "/api/stations/SEC-OFF-1/security-profile", "{'profile':4}").status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/stations/NOBODY/security-profile", "{'profile':2}").status()).isEqualTo(404);
        CommandApiHarness.Answer set = api.send("PUT", "/api/stations/SEC-OFF-1/security-profile", "{'profile':2}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().get("securityProfile").asInt()).isEqualTo(2);
        assertThat(api.get("/api/stations/SEC-OFF-1/certificates").body().get("items").size()).isZero();
        assertThat(api.post("/api/stations/SEC-OFF-1/certificates", "{'certificateType':'CSMSRootCertificate'}")
                .status()).isEqualTo(400);
    }

    @Test
    void aStationForcedBackToPendingIsRefusedUntilItBootsAndIsPendingThen() throws Exception {
        StationClient cp = api.station("SEC-PEND-1", OcppVersion.V16);
        await(cp.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
        AtomicReference<String> triggered = new AtomicReference<>();
        cp.onCall("TriggerMessage", call -> {
            triggered.set(call.payload().get("requestedMessage").asText());
            return Future.succeededFuture(json("{'status':'Accepted'}"));
        });

        CommandApiHarness.Answer pending = api.post("/api/stations/SEC-PEND-1/pending", null);
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.body().get("registrationStatus").asText()).isEqualTo("PENDING");
        assertThat(pending.body().at("/trigger/status").asText()).isEqualTo("ANSWERED");
        assertThat(triggered.get()).isEqualTo("BootNotification");

        // until it boots again and an operator approves it, the station may only boot
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> await(cp.call("Heartbeat", json("{}"))))
                .hasMessageContaining("SecurityError");
        assertThat(await(cp.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")))
                .get("status").asText()).isEqualTo("Pending");
        assertThat(api.post("/api/stations/NOBODY/pending", null).status()).isEqualTo(404);
        await(cp.close());
    }

    @Test
    void anUpgradeTheStationAcceptsIsPendingFor16And201() throws Exception {
        StationClient cp = api.station("SEC-UP-16", OcppVersion.V16);
        await(cp.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
        AtomicReference<com.fasterxml.jackson.databind.JsonNode> asked = new AtomicReference<>();
        cp.onCall("ChangeConfiguration", call -> {
            asked.set(call.payload());
            return Future.succeededFuture(json("{'status':'Accepted'}"));
        });
        CommandApiHarness.Answer up16 = api.post("/api/stations/SEC-UP-16/security-profile/upgrade", "{'profile':2}");
        assertThat(up16.status()).isEqualTo(200);
        assertThat(up16.body().get("status").asText()).isEqualTo("Accepted");
        assertThat(up16.body().get("pending").asBoolean()).isTrue();
        assertThat(asked.get()).isEqualTo(json("{'key':'SecurityProfile','value':'2'}"));
        // a 2.0.1 request to a 1.6 station, a profile out of range and an empty body are refused
        assertThat(api.post("/api/stations/SEC-UP-16/security-profile/upgrade", "{'profile':1}").status()).isEqualTo(400);
        assertThat(api.post("/api/stations/SEC-UP-16/security-profile/upgrade", "{}").status()).isEqualTo(400);
        await(cp.close());

        StationClient cs = api.station("SEC-UP-201", OcppVersion.V201);
        await(cs.call("BootNotification", json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}")));
        cs.onCall("SetNetworkProfile", call -> Future.succeededFuture(json("{'status':'Accepted'}")));
        String connection = "'connectionData':{'ocppVersion':'OCPP20','ocppTransport':'JSON',"
                + "'ocppCsmsUrl':'wss://csms.example/ocpp','messageTimeout':30,'securityProfile':3,'ocppInterface':'Wired0'}";
        CommandApiHarness.Answer up201 = api.post("/api/stations/SEC-UP-201/security-profile/upgrade",
                "{'configurationSlot':1," + connection + "}");
        assertThat(up201.status()).as("%s", up201.body()).isEqualTo(200);
        assertThat(up201.body().get("profile").asInt()).isEqualTo(3);
        assertThat(up201.body().get("pending").asBoolean()).isTrue();
        assertThat(api.post("/api/stations/SEC-UP-201/security-profile/upgrade", "{" + connection + "}").status())
                .as("configurationSlot missing").isEqualTo(400);
        assertThat(api.post("/api/stations/SEC-UP-201/security-profile/upgrade", "{'profile':2}").status())
                .as("a 1.6 upgrade to a 2.0.1 station").isEqualTo(400);
        await(cs.close());
    }
}
