package de.ladewerk.gateway.smartcharging;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.ocpp.v201.common.ChargingProfile;
import de.ladewerk.ocpp.v201.common.ChargingProfileKind;
import de.ladewerk.ocpp.v201.common.ChargingProfilePurpose;
import de.ladewerk.ocpp.v201.common.ChargingRateUnit;
import de.ladewerk.ocpp.v201.common.ChargingSchedule;
import de.ladewerk.ocpp.v201.common.ChargingSchedulePeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvScheduleCheckTest {

    private static final Instant T = Instant.parse("2026-12-07T18:00:00Z");

    private static ChargingSchedule schedule(Instant start, ChargingRateUnit unit, double... startAndLimit) {
        List<ChargingSchedulePeriod> periods = new java.util.ArrayList<>();
        for (int i = 0; i < startAndLimit.length; i += 2) {
            periods.add(new ChargingSchedulePeriod((int) startAndLimit[i], BigDecimal.valueOf(startAndLimit[i + 1]), null, null));
        }
        return new ChargingSchedule(1, start, null, unit, periods, null, null);
    }

    private static ChargingProfile profile(ChargingSchedule s) {
        return new ChargingProfile(1, 1, ChargingProfilePurpose.TxProfile, ChargingProfileKind.Absolute, null, null, null,
                "TX", List.of(s));
    }

    @Test
    void withinTheProfileIsFine_aboveItIsNamed() {
        ChargingProfile csms = profile(schedule(T, ChargingRateUnit.A, 0, 16, 3600, 10));
        assertThat(EvScheduleCheck.exceeds(schedule(null, ChargingRateUnit.A, 0, 16, 3600, 10), T, csms, T)).isEmpty();
        assertThat(EvScheduleCheck.exceeds(schedule(null, ChargingRateUnit.A, 0, 16, 3600, 12), T, csms, T))
                .get().asString().contains("EV period 1 asks 12");
        // an hour later the EV's first period meets the CSMS's second
        assertThat(EvScheduleCheck.exceeds(schedule(null, ChargingRateUnit.A, 0, 12), T.plusSeconds(3600), csms, T)).isPresent();
    }

    @Test
    void wattsAndAmperesAreComparedAt230VoltsPerPhase() {
        ChargingProfile csms = profile(schedule(T, ChargingRateUnit.A, 0, 16));
        assertThat(EvScheduleCheck.exceeds(schedule(null, ChargingRateUnit.W, 0, 11_040), T, csms, T)).isEmpty();
        assertThat(EvScheduleCheck.exceeds(schedule(null, ChargingRateUnit.W, 0, 11_100), T, csms, T)).isPresent();
    }

    @Test
    void aScheduleWithoutStartBeginsWhenItWasSent() {
        ChargingProfile csms = profile(schedule(null, ChargingRateUnit.A, 0, 32, 60, 6));
        assertThat(EvScheduleCheck.exceeds(schedule(null, ChargingRateUnit.A, 0, 32), T, csms, T)).isPresent();
        assertThat(EvScheduleCheck.exceeds(schedule(null, ChargingRateUnit.A, 0, 32, 60, 6), T, csms, T)).isEmpty();
    }
}
