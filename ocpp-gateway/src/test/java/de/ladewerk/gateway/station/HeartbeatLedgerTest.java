package de.ladewerk.gateway.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeartbeatLedgerTest {

    private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void keepsTheLatestHeartbeatOfEachStationAndNeverAnOlderOne() {
        HeartbeatLedger ledger = new HeartbeatLedger();
        ledger.record("A", T0.plusSeconds(10));
        ledger.record("A", T0);
        ledger.record("B", T0);
        ledger.record("B", T0.plusSeconds(5));

        assertThat(ledger.drain()).isEqualTo(Map.of("A", T0.plusSeconds(10), "B", T0.plusSeconds(5)));
    }

    @Test
    void aDrainTakesWhatIsNotedAndTheNextOnlyWhatCameSince() {
        HeartbeatLedger ledger = new HeartbeatLedger();
        ledger.record("A", T0);
        assertThat(ledger.drain()).containsOnlyKeys("A");
        assertThat(ledger.waiting()).isZero();
        assertThat(ledger.drain()).isEmpty();

        ledger.record("B", T0.plusSeconds(1));
        assertThat(ledger.drain()).isEqualTo(Map.of("B", T0.plusSeconds(1)));
    }
}
