package de.ladewerk.gateway.session;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.GatewayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Impossible times and readings over a real WebSocket and a real database: the station gets its
 * answer, nothing impossible is stored as sent, and every rejection or correction has its row.
 */
class ImplausibleDataIT {

    private static GatewayHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static StationClient booted16(String id) {
        harness.register(id);
        StationClient cp = harness.connect(id, OcppVersion.V16);
        await(cp.call("BootNotification", json("{'chargePointVendor':'V','chargePointModel':'M'}")));
        return cp;
    }

    private static long count(String sql) throws Exception {
        return ((Number) harness.queryValue(sql)).longValue();
    }

    @Test
    void aStatusDatedInTheFarFutureCannotFreezeTheConnector() throws Exception {
        StationClient cp = booted16("FUTURE-16");
        await(cp.call("StatusNotification", json("{'connectorId':1,'errorCode':'NoError','status':'Available',"
                + "'timestamp':'9999-12-31T23:59:59Z'}")));
        // the station's clock may be a little behind the CSMS's: the fault still wins over the corrected status
        String now = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS).toString();
        await(cp.call("StatusNotification", json("{'connectorId':1,'errorCode':'GroundFailure','status':'Faulted',"
                + "'timestamp':'" + now + "'}")));
        assertThat(harness.queryValue("SELECT status FROM ocpp.connectors WHERE station_id = 'FUTURE-16' "
                + "AND evse_id = 1 AND connector_id = 1")).isEqualTo("FAULTED");
        assertThat(count("SELECT count(*) FROM ocpp.status_events WHERE station_id = 'FUTURE-16' "
                + "AND time > now() + interval '1 day'")).as("no status is stored at 9999").isZero();
        assertThat(harness.queryValue("SELECT kind || '/' || action FROM ocpp.data_rejections "
                + "WHERE station_id = 'FUTURE-16'")).isEqualTo("FUTURE_TIMESTAMP/CORRECTED");
        await(cp.close());
    }

    @Test
    void year0000IsNeverStored() throws Exception {
        StationClient cp = booted16("YEAR-0");
        await(cp.call("StatusNotification", json("{'connectorId':1,'errorCode':'NoError','status':'Available',"
                + "'timestamp':'0000-01-01T00:00:00Z'}")));
        assertThat(count("SELECT count(*) FROM ocpp.status_events WHERE station_id = 'YEAR-0' "
                + "AND time < '2015-01-01'")).isZero();
        assertThat(count("SELECT count(*) FROM ocpp.connectors WHERE station_id = 'YEAR-0' "
                + "AND status_at < '2015-01-01'")).isZero();
        assertThat(harness.queryValue("SELECT kind || '/' || action FROM ocpp.data_rejections "
                + "WHERE station_id = 'YEAR-0'")).isEqualTo("PAST_TIMESTAMP/CORRECTED");
        await(cp.close());
    }

    @Test
    void meterValuesWithoutATransactionPassTheSameChecks() throws Exception {
        StationClient cp = booted16("NO-TX-16");
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String huge = "9".repeat(401);
        await(cp.call("MeterValues", json("{'connectorId':1,'meterValue':["
                + "{'timestamp':'" + now + "','sampledValue':[{'value':'-5'},{'value':'" + huge + "',"
                + "'measurand':'Energy.Active.Export.Register'},{'value':'abc','measurand':'Power.Active.Import','unit':'W'},"
                + "{'value':'Infinity','measurand':'Current.Import','unit':'A'},{'value':'','measurand':'Voltage','unit':'V'},"
                + "{'value':'1E+999999999','measurand':'Energy.Reactive.Import.Register','unit':'varh'}]},"
                + "{'timestamp':'9999-12-31T00:00:00Z','sampledValue':[{'value':'1000'}]},"
                + "{'timestamp':'" + now + "','sampledValue':[{'value':'230','measurand':'Voltage','unit':'V'}]}]}")));
        assertThat(count("SELECT count(*) FROM ocpp.meter_samples WHERE station_id = 'NO-TX-16'"))
                .as("only the plausible voltage is stored").isEqualTo(1L);
        assertThat(count("SELECT count(*) FROM ocpp.data_rejections WHERE station_id = 'NO-TX-16' AND kind = 'NEGATIVE_ENERGY'"))
                .isEqualTo(1L);
        assertThat(count("SELECT count(*) FROM ocpp.data_rejections WHERE station_id = 'NO-TX-16' AND kind = 'IMPLAUSIBLE_MAGNITUDE'"))
                .isEqualTo(2L);
        assertThat(count("SELECT count(*) FROM ocpp.data_rejections WHERE station_id = 'NO-TX-16' AND kind = 'NOT_A_NUMBER'"))
                .isEqualTo(3L);
        assertThat(count("SELECT count(*) FROM ocpp.data_rejections WHERE station_id = 'NO-TX-16' AND kind = 'FUTURE_TIMESTAMP'"))
                .isEqualTo(1L);
        assertThat(count("SELECT max(length(received)) FROM ocpp.data_rejections WHERE station_id = 'NO-TX-16'"))
                .as("a 401-digit number is cut in the record").isLessThan(200L);
        await(cp.close());
    }

    @Test
    void v201MeterValuesWithAbsurdMultiplierOrMagnitudeAreRejected() throws Exception {
        harness.register("NO-TX-201");
        StationClient cp = harness.connect("NO-TX-201", OcppVersion.V201);
        await(cp.call("BootNotification", json("{'reason':'PowerUp','chargingStation':{'model':'M','vendorName':'V'}}")));
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        await(cp.call("MeterValues", json("{'evseId':1,'meterValue':[{'timestamp':'" + now + "','sampledValue':["
                + "{'value':1,'unitOfMeasure':{'unit':'Wh','multiplier':999999999}},"
                + "{'value':5000000000000000,'unitOfMeasure':{'unit':'kWh'}},"
                + "{'value':1200}]},{'timestamp':'1970-01-01T00:00:00Z','sampledValue':[{'value':1100}]}]}")));
        assertThat(count("SELECT count(*) FROM ocpp.meter_samples WHERE station_id = 'NO-TX-201'")).isEqualTo(1L);
        assertThat(count("SELECT count(*) FROM ocpp.data_rejections WHERE station_id = 'NO-TX-201' AND kind = 'IMPLAUSIBLE_MAGNITUDE'"))
                .isEqualTo(2L);
        assertThat(count("SELECT count(*) FROM ocpp.data_rejections WHERE station_id = 'NO-TX-201' AND kind = 'PAST_TIMESTAMP'"))
                .isEqualTo(1L);
        await(cp.close());
    }
}
