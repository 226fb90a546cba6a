package de.ladewerk.planning.measured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.ladewerk.planning.load.CalibratedProfile;
import de.ladewerk.planning.load.LocationType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionLogTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private final List<InstalledPort> ports = List.of(new InstalledPort("S1", "Mitte", 2, 22, CurrentType.AC));

    @Test
    void two_sessions_worked_by_hand() {
        // Monday 08:00–10:00, 11 kWh at 11 kW (charges 08:00–09:00); Saturday 18:30–19:30, 5.5 kWh at 22 kW
        List<MeasuredSession> sessions = List.of(
                new MeasuredSession("S1", "Mitte", CurrentType.AC, MONDAY.atTime(8, 0), MONDAY.atTime(10, 0), 11, 11),
                new MeasuredSession("S1", "Mitte", CurrentType.AC, MONDAY.plusDays(5).atTime(18, 30),
                        MONDAY.plusDays(5).atTime(19, 30), 5.5, 22));
        MeasuredUse use = SessionLog.aggregate(ports, sessions, MONDAY, MONDAY.plusDays(7)).get(0);
        assertThat(use.days()).isEqualTo(7);
        assertThat(use.sessionsPerPortPerDay()).isCloseTo(2 / 14.0, within(1e-12)); // 2 sessions, 2 connectors, 7 days
        assertThat(use.energyKwhPerDay()).isCloseTo(16.5 / 7, within(1e-12));
        assertThat(use.peakPowerKw()).isCloseTo(22, within(1e-9)); // 5.5 kWh in one quarter hour
        assertThat(use.startsWeekday()[8]).isEqualTo(1);
        assertThat(use.startsWeekend()[18]).isEqualTo(1);
        // Monday 08–09: 60 of 2 connectors · 60 min · 5 weekdays
        assertThat(use.occupancyWeekday()[8]).isCloseTo(60 / 600.0, within(1e-12));
        // Saturday 18:30–19:00 and 19:00–19:30 over 2 weekend days
        assertThat(use.occupancyWeekend()[18]).isCloseTo(30 / 240.0, within(1e-12));
        assertThat(use.medianDwellHours()).isCloseTo(1.5, within(1e-12));
        assertThat(use.meanEnergyPerSessionKwh()).isCloseTo(8.25, within(1e-12));
    }

    @Test
    void simulated_sessions_calibrate_the_public_ac_profile_back() {
        // sessions starting at 09:xx on weekdays and 15:xx at weekends; three hours, 12 kWh
        Random random = new Random(5);
        List<MeasuredSession> sessions = new ArrayList<>();
        for (int day = 0; day < 28; day++) {
            LocalDate date = MONDAY.plusDays(day);
            boolean weekend = date.getDayOfWeek().getValue() >= 6;
            for (int i = 0; i < 20; i++) {
                LocalDateTime start = date.atTime(weekend ? 15 : 9, random.nextInt(60));
                sessions.add(new MeasuredSession("S1", "Mitte", CurrentType.AC, start, start.plusHours(3), 12, 11));
            }
        }
        List<MeasuredUse> uses = SessionLog.aggregate(ports, sessions, MONDAY, MONDAY.plusDays(28));
        MeasuredBaseline baseline = MeasuredBaseline.from(new InMemoryMeasuredSource(ports, uses), List.of("Mitte"));
        CalibratedProfile ac = baseline.calibration().get(LocationType.PUBLIC_AC);
        assertThat(ac.weekdayStartsPerHour()[9]).isEqualTo(20 * 20);
        assertThat(ac.weekendStartsPerHour()[15]).isEqualTo(8 * 20);
        assertThat(ac.dwellMedianHours()).isCloseTo(3, within(1e-12));
        assertThat(ac.energyMeanKwh()).isCloseTo(12, within(1e-12));
        // 240 kWh/day on 44 kW installed
        assertThat(baseline.districts().get(0).utilisationAc()).isCloseTo(240 / (44.0 * 24), within(1e-12));
        assertThat(baseline.calibration()).doesNotContainKey(LocationType.PUBLIC_DC);
    }
}
