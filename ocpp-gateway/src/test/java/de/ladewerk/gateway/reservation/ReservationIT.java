package de.ladewerk.gateway.reservation;

import static de.ladewerk.gateway.GatewayHarness.json;
import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.gateway.command.CommandService;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import io.vertx.core.Future;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reservations follow ReserveNow / CancelReservation answers and 2.0.1 ReservationStatusUpdate. */
class ReservationIT {

    private static GatewayHarness harness;
    private static CommandService commands;
    private static ReservationBook book;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        commands = harness.gateway().operator().commands();
        book = harness.gateway().operator().reservations();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static StationClient station(String id, OcppVersion v, AtomicReference<String> reserveAnswer) {
        harness.register(id);
        StationClient s = harness.connect(id, v);
        s.onCall("ReserveNow", call -> Future.succeededFuture(json("{'status':'" + reserveAnswer.get() + "'}")));
        s.onCall("CancelReservation", call -> Future.succeededFuture(json("{'status':'Accepted'}")));
        return s;
    }

    @Test
    void tc_046_and_051_reserveAConnectorThenCancel() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>("Accepted");
        StationClient cp = station("RES-16", OcppVersion.V16, answer);
        Instant expiry = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        CommandResult reserve = await(commands.send("RES-16", "ReserveNow", json("{'connectorId':1,'expiryDate':'"
                + expiry + "','idTag':'TAG-1','parentIdTag':'FLEET','reservationId':7}"), "op"));
        assertThat(reserve.accepted()).isTrue();

        Reservation r = book.list("RES-16", 10, 0).get(0);
        assertThat(r.reservationId()).isEqualTo(7);
        assertThat(r.evseId()).isEqualTo(1);
        assertThat(r.idToken().value()).isEqualTo("TAG-1");
        assertThat(r.groupToken()).isEqualTo("FLEET");
        assertThat(r.expiresAt()).isEqualTo(expiry);
        assertThat(r.status()).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(r.commandId()).isEqualTo(reserve.id());

        await(commands.send("RES-16", "CancelReservation", json("{'reservationId':7}"), "op"));
        assertThat(book.list("RES-16", 10, 0).get(0).status()).isEqualTo(ReservationStatus.CANCELLED);
        await(cp.close());
    }

    @Test
    void tc_048_1_aRefusedReservationIsNotRecorded() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>("Faulted");
        StationClient cp = station("RES-16-FAULTED", OcppVersion.V16, answer);
        await(commands.send("RES-16-FAULTED", "ReserveNow", json("{'connectorId':1,'expiryDate':'2030-01-01T00:00:00Z',"
                + "'idTag':'TAG-1','reservationId':8}"), "op"));
        assertThat(book.list("RES-16-FAULTED", 10, 0)).isEmpty();
        await(cp.close());
    }

    @Test
    void tc_047_aReservationPastItsExpiryReadsAsExpiredAndTheSweepRecordsIt() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>("Accepted");
        StationClient cp = station("RES-16-EXP", OcppVersion.V16, answer);
        Instant soon = Instant.now().plusMillis(300);
        await(commands.send("RES-16-EXP", "ReserveNow", json("{'connectorId':0,'expiryDate':'" + soon
                + "','idTag':'TAG-2','reservationId':9}"), "op"));
        long deadline = System.currentTimeMillis() + 10_000;
        while (book.list("RES-16-EXP", 10, 0).get(0).status() == ReservationStatus.ACTIVE
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(book.list("RES-16-EXP", 10, 0).get(0).status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(harness.queryValue("SELECT status FROM ocpp.reservations WHERE station_id = 'RES-16-EXP'"))
                .as("expired on read, not yet written").isEqualTo("ACTIVE");
        assertThat(await(book.expireDue())).isGreaterThanOrEqualTo(1);
        assertThat(harness.queryValue("SELECT status FROM ocpp.reservations WHERE station_id = 'RES-16-EXP'"))
                .isEqualTo("EXPIRED");
        await(cp.close());
    }

    @Test
    void tc_h_01_and_h_07_reserveASpecificEvseThenTheStationReportsItExpired() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>("Accepted");
        StationClient cs = station("RES-201", OcppVersion.V201, answer);
        CommandResult reserve = await(commands.send("RES-201", "ReserveNow", json("{'id':21,'expiryDateTime':"
                + "'2030-01-01T00:00:00Z','connectorType':'cType2','evseId':2,'idToken':{'idToken':'04AA','type':'ISO14443'},"
                + "'groupIdToken':{'idToken':'FLEET','type':'Central'}}"), "op"));
        assertThat(reserve.accepted()).isTrue();
        Reservation r = book.list("RES-201", 10, 0).get(0);
        assertThat(r.evseId()).isEqualTo(2);
        assertThat(r.connectorType()).isEqualTo("cType2");
        assertThat(r.idToken().type()).isEqualTo(de.ladewerk.gateway.authorization.IdTokenType.ISO14443);
        assertThat(r.groupToken()).isEqualTo("FLEET");

        await(cs.call("ReservationStatusUpdate", json("{'reservationId':21,'reservationUpdateStatus':'Expired'}")));
        assertThat(harness.queryValue("SELECT status FROM ocpp.reservations WHERE station_id = 'RES-201'"))
                .isEqualTo("EXPIRED");
        // an id the CSMS does not know is answered all the same
        await(cs.call("ReservationStatusUpdate", json("{'reservationId':999,'reservationUpdateStatus':'Removed'}")));
        await(cs.close());
    }

    @Test
    void tc_h_20_theStationRemovesAReservation() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>("Accepted");
        StationClient cs = station("RES-201-RM", OcppVersion.V201, answer);
        await(commands.send("RES-201-RM", "ReserveNow", json("{'id':22,'expiryDateTime':'2030-01-01T00:00:00Z',"
                + "'idToken':{'idToken':'04AB','type':'ISO14443'}}"), "op"));
        await(cs.call("ReservationStatusUpdate", json("{'reservationId':22,'reservationUpdateStatus':'Removed'}")));
        assertThat(book.list("RES-201-RM", 10, 0).get(0).status()).isEqualTo(ReservationStatus.REMOVED);
        await(cs.close());
    }
}
