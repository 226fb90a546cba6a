package de.ladewerk.simulator.charge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargingLimitsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private static LimitProfile profile(int id, int stack, LimitProfile.Purpose purpose, int evse, boolean amps,
                                        LimitProfile.Period... periods) {
        return new LimitProfile(id, stack, purpose, evse, LimitProfile.Kind.RELATIVE, null, null, null, null, null,
                null, amps, List.of(periods));
    }

    private static LimitProfile.Period from(int second, double limit) {
        return new LimitProfile.Period(second, limit, null);
    }

    @Test
    void highestStackLevelWinsAndAmpsBecomeWattsOnThePhasesInUse() {
        ChargingLimits limits = new ChargingLimits();
        limits.install(profile(1, 0, LimitProfile.Purpose.TX_DEFAULT, 0, true, from(0, 32)));
        limits.install(profile(2, 3, LimitProfile.Purpose.TX_DEFAULT, 0, true, from(0, 16)));

        assertThat(limits.limitW(1, NOW, "tx", NOW, 3, 1)).isEqualTo(16 * 230 * 3, within(0.01));
        assertThat(limits.limitW(1, NOW, "tx", NOW, 1, 1)).isEqualTo(16 * 230, within(0.01));
    }

    @Test
    void txProfileReplacesTheDefaultAndStationMaximumCapsSharedAmongChargingEvses() {
        ChargingLimits limits = new ChargingLimits();
        limits.install(profile(1, 0, LimitProfile.Purpose.TX_DEFAULT, 0, false, from(0, 11_000)));
        limits.install(new LimitProfile(2, 0, LimitProfile.Purpose.TX, 1, LimitProfile.Kind.RELATIVE, null, null, null,
                "tx-1", null, null, false, List.of(from(0, 20_000))));
        limits.install(profile(3, 0, LimitProfile.Purpose.STATION_MAX, 0, false, from(0, 30_000)));

        assertThat(limits.limitW(1, NOW, "tx-1", NOW, 3, 1)).isEqualTo(20_000);
        assertThat(limits.limitW(1, NOW, "tx-1", NOW, 3, 2)).isEqualTo(15_000);
        assertThat(limits.limitW(2, NOW, "tx-2", NOW, 3, 1)).isEqualTo(11_000);
        limits.transactionEnded("tx-1");
        assertThat(limits.limitW(1, NOW, "tx-1", NOW, 3, 1)).isEqualTo(11_000);
    }

    @Test
    void relativeSchedulesCountFromTheTransactionStartAndEndAfterTheirDuration() {
        ChargingLimits limits = new ChargingLimits();
        limits.install(new LimitProfile(1, 0, LimitProfile.Purpose.TX_DEFAULT, 1, LimitProfile.Kind.RELATIVE, null,
                null, null, null, null, Duration.ofHours(1), false, List.of(from(0, 3_000), from(1800, 7_000))));

        assertThat(limits.limitW(1, NOW.plusSeconds(60), "t", NOW, 3, 1)).isEqualTo(3_000);
        assertThat(limits.limitW(1, NOW.plusSeconds(1900), "t", NOW, 3, 1)).isEqualTo(7_000);
        assertThat(limits.limitW(1, NOW.plusSeconds(3700), "t", NOW, 3, 1)).isInfinite();
        assertThat(limits.limitW(2, NOW.plusSeconds(60), "t", NOW, 3, 1)).isInfinite();
    }

    @Test
    void dailyRecurringProfilesRepeatAndClearingRemovesWhatMatches() {
        ChargingLimits limits = new ChargingLimits();
        Instant midnight = Instant.parse("2026-03-01T00:00:00Z");
        limits.install(new LimitProfile(7, 1, LimitProfile.Purpose.TX_DEFAULT, 0, LimitProfile.Kind.RECURRING,
                LimitProfile.Recurrency.DAILY, null, null, null, midnight, null, false,
                List.of(from(0, 22_000), from(17 * 3600, 5_000), from(21 * 3600, 22_000))));

        assertThat(limits.limitW(1, Instant.parse("2026-03-05T18:00:00Z"), "t", NOW, 3, 1)).isEqualTo(5_000);
        assertThat(limits.limitW(1, Instant.parse("2026-03-05T22:00:00Z"), "t", NOW, 3, 1)).isEqualTo(22_000);
        assertThat(limits.clear(null, null, LimitProfile.Purpose.TX, null)).isZero();
        assertThat(limits.clear(7, null, null, null)).isEqualTo(1);
        assertThat(limits.limitW(1, Instant.parse("2026-03-05T18:00:00Z"), "t", NOW, 3, 1)).isInfinite();
    }
}
