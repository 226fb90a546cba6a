package de.ladewerk.simulator.scenario;

import de.ladewerk.simulator.charge.Vehicle;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The arrivals at one station, drawn one after the other: a Poisson process whose rate follows the
 * hour of day and the weekday (local time in Berlin), sampled by thinning; vehicle, dwell time,
 * energy and token drawn per arrival. Deterministic for a seed; not thread-safe.
 */
public final class ArrivalPlan {

    private static final ZoneId LOCAL = ZoneId.of("Europe/Berlin");

    private final Scenario scenario;
    private final double factor;
    private final double maxRatePerHour;
    private final SplittableRandom random;
    private Instant last;

    public ArrivalPlan(Scenario scenario, Scenario.StationSpec station, long seed, Instant from) {
        this.scenario = scenario;
        this.factor = station.arrivalFactor() > 0 ? station.arrivalFactor() : 1.0;
        this.random = new SplittableRandom(seed);
        this.last = from;
        double max = 0;
        for (List<Double> rates : List.of(scenario.arrivals().weekday(), scenario.arrivals().weekend())) {
            for (double r : rates) {
                max = Math.max(max, r);
            }
        }
        this.maxRatePerHour = max * factor;
    }

    /** The next arrival, or {@code null} when the rates are all zero. */
    public Arrival next() {
        if (maxRatePerHour <= 0) {
            return null;
        }
        Instant t = last;
        while (true) {
            double hours = -Math.log(1 - random.nextDouble()) / maxRatePerHour;
            t = t.plusMillis(Math.max(1, Math.round(hours * 3_600_000)));
            if (random.nextDouble() * maxRatePerHour <= rateAt(t)) {
                last = t;
                return draw(t);
            }
        }
    }

    double rateAt(Instant t) {
        ZonedDateTime local = t.atZone(LOCAL);
        boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
        List<Double> rates = weekend ? scenario.arrivals().weekend() : scenario.arrivals().weekday();
        return rates.get(local.getHour()) * factor;
    }

    private Arrival draw(Instant t) {
        Scenario.VehicleType type = vehicleType();
        double energy = sample(scenario.energyKwh());
        double startSoc = 0.1 + random.nextDouble() * 0.4;
        double targetSoc = Math.min(1.0, startSoc + energy / type.batteryKwh());
        Vehicle vehicle = new Vehicle(type.batteryKwh(), type.acMaxKw(), type.acPhases(), type.dcMaxKw(), startSoc,
                Math.max(startSoc, targetSoc));
        Duration dwell = Duration.ofSeconds(Math.round(sample(scenario.dwellMinutes()) * 60));
        String token = scenario.idTokens().prefix() + (1 + random.nextInt(Math.max(1, scenario.idTokens().count())));
        return new Arrival(t, vehicle, dwell, token);
    }

    private Scenario.VehicleType vehicleType() {
        double total = scenario.vehicles().stream().mapToDouble(Scenario.VehicleType::share).sum();
        double pick = random.nextDouble() * total;
        for (Scenario.VehicleType type : scenario.vehicles()) {
            pick -= type.share();
            if (pick < 0) {
                return type;
            }
        }
        return scenario.vehicles().get(scenario.vehicles().size() - 1);
    }

    private double sample(Scenario.Distribution d) {
        // Box-Muller from two uniform draws, so the sequence depends only on the seed
        double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        double value = d.median() * Math.exp(d.sigma() * gaussian);
        return Math.max(d.min(), Math.min(d.max(), value));
    }
}
