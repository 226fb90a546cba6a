package de.ladewerk.gateway;

import static de.ladewerk.gateway.GatewayHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.simulator.station.StationClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A graceful stop records every connected station's DISCONNECTED before the writer closes. */
class GracefulShutdownIT {

    @Test
    void stoppingTheGatewayRecordsADisconnectForEveryConnectedStation() throws Exception {
        GatewayHarness harness = GatewayHarness.start();
        try {
            List<StationClient> clients = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                harness.register("STOP-" + i);
                clients.add(harness.connect("STOP-" + i, i % 2 == 0 ? OcppVersion.V16 : OcppVersion.V201));
            }
            harness.awaitQueryValue("SELECT count(*) FROM ocpp.connection_events WHERE event = 'CONNECTED'",
                    n -> ((Number) n).intValue() == 20);

            await(harness.gateway().stop());

            assertThat(((Number) harness.queryValue("SELECT count(DISTINCT station_id) FROM ocpp.connection_events "
                    + "WHERE event = 'DISCONNECTED'")).intValue()).isEqualTo(20);
            for (StationClient c : clients) {
                await(c.closed());
            }
        } finally {
            harness.closeAfterStop();
        }
    }
}
