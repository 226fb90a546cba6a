package de.ladewerk.gateway.conformance;

import static de.ladewerk.gateway.GatewayHarness.await;
import static de.ladewerk.gateway.conformance.SessionTestKit.json;
import static de.ladewerk.gateway.conformance.SessionTestKit.minutesAgo;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.session.MeterSample;
import de.ladewerk.gateway.session.SessionQueries;
import de.ladewerk.gateway.session.SessionRecord;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same charging story told by a 1.6 and a 2.0.1 station gives equal session records and curves. */
class SessionStoryEqualityIT {

    private static SessionTestKit kit;

    @BeforeAll
    static void start() throws Exception {
        kit = new SessionTestKit(null);
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @Test
    void oneStoryTwoVersionsEqualRecords() throws Exception {
        Instant t0 = minutesAgo(50);
        kit.harness.register("STORY-16");
        StationClient cp = kit.harness.connect("STORY-16", OcppVersion.V16);
        int tx = await(cp.call("StartTransaction", json("{'connectorId':1,'idTag':'STORY-TAG','meterStart':1000,"
                + "'timestamp':'" + t0 + "'}"))).get("transactionId").asInt();
        await(cp.call("MeterValues", json("{'connectorId':1,'transactionId':" + tx + ",'meterValue':[{'timestamp':'"
                + t0.plusSeconds(300) + "','sampledValue':[{'value':'2.2','unit':'kWh'},"
                + "{'value':'11000','unit':'W','measurand':'Power.Active.Import'}]}]}")));
        await(cp.call("StopTransaction", json("{'transactionId':" + tx + ",'meterStop':4000,'timestamp':'"
                + t0.plusSeconds(900) + "','reason':'Remote'}")));

        kit.harness.register("STORY-201");
        StationClient cs = kit.harness.connect("STORY-201", OcppVersion.V201);
        await(cs.call("TransactionEvent", json("{'eventType':'Started','timestamp':'" + t0 + "','triggerReason':'Authorized',"
                + "'seqNo':0,'transactionInfo':{'transactionId':'story'},'evse':{'id':1,'connectorId':1},"
                + "'idToken':{'idToken':'STORY-TAG2','type':'ISO14443'},'meterValue':[{'timestamp':'" + t0
                + "','sampledValue':[{'value':1000,'context':'Transaction.Begin'}]}]}")));
        await(cs.call("TransactionEvent", json("{'eventType':'Updated','timestamp':'" + t0.plusSeconds(300)
                + "','triggerReason':'MeterValuePeriodic','seqNo':1,'transactionInfo':{'transactionId':'story'},"
                + "'meterValue':[{'timestamp':'" + t0.plusSeconds(300) + "','sampledValue':[{'value':2.2,"
                + "'unitOfMeasure':{'unit':'kWh'}},{'value':11,'measurand':'Power.Active.Import','unitOfMeasure':"
                + "{'unit':'W','multiplier':3}}]}]}")));
        await(cs.call("TransactionEvent", json("{'eventType':'Ended','timestamp':'" + t0.plusSeconds(900)
                + "','triggerReason':'RemoteStop','seqNo':2,'transactionInfo':{'transactionId':'story',"
                + "'stoppedReason':'Remote'},'meterValue':[{'timestamp':'" + t0.plusSeconds(900)
                + "','sampledValue':[{'value':4000,'context':'Transaction.End'}]}]}")));

        SessionQueries q = kit.harness.gateway().sessions();
        SessionRecord a = q.list(new SessionQueries.Filter("STORY-16", null, null, null), 1, 0).get(0);
        SessionRecord b = q.list(new SessionQueries.Filter("STORY-201", null, null, null), 1, 0).get(0);
        assertThat(story(a)).isEqualTo(story(b));
        assertThat(a.energyWh()).isEqualByComparingTo("3000");
        assertThat(curve(q.curve(a.id()))).isEqualTo(curve(q.curve(b.id())));
        await(cp.close());
        await(cs.close());
    }

    /** The story without what necessarily differs: ids, station, protocol, token value/kind, seqNo. */
    private static SessionRecord story(SessionRecord r) {
        return new SessionRecord(0, null, null, null, r.evseId(), r.connectorId(), null, r.authStatus(), r.startedAt(),
                r.endedAt(), r.meterStartWh(), r.meterStopWh(), r.stopReason(), r.reservationId(), r.status(), r.offline(),
                null, null, r.meterSerialNumber());
    }

    /** Normalised values per time and measurand (the units as sent may differ: 11 kW ×10^3 W vs 11000 W). */
    private static List<String> curve(List<MeterSample> samples) {
        return samples.stream().map(m -> m.time() + " " + m.evseId() + " " + m.measurand() + " " + m.context() + " "
                + m.normalizedValue().stripTrailingZeros().toPlainString() + m.normalizedUnit()).toList();
    }
}
