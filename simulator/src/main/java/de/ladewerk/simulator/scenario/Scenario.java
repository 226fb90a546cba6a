package de.ladewerk.simulator.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A fleet to simulate, as read from a YAML file: the stations with place and type, when drivers
 * arrive (rates per hour of day, weekdays and weekends), how long they stay and how much energy they
 * want, the vehicles and the id tokens. With the same {@code seed} a run makes the same arrivals.
 *
 * @param timeScale   simulated seconds per wall-clock second (60: an hour per minute)
 * @param start       simulated start time; {@code null} for now
 * @param version     default OCPP version of the stations, "1.6" or "2.0.1"
 * @param arrivals    arrival rates per station
 * @param dwellMinutes how long a vehicle stays plugged in
 * @param energyKwh   how much energy a driver wants
 */
public record Scenario(String name, String description, long seed, double timeScale, Instant start, String version,
                       boolean signedMeterValues, Arrivals arrivals, Distribution dwellMinutes, Distribution energyKwh,
                       List<VehicleType> vehicles, IdTokens idTokens, List<StationSpec> stations) {

    /**
     * Expected arrivals per station and hour, for each hour of the day (24 values each).
     *
     * @param weekday Monday to Friday
     * @param weekend Saturday and Sunday
     */
    public record Arrivals(List<Double> weekday, List<Double> weekend) {
    }

    /** A log-normal distribution by its median and shape, cut to [min, max]. */
    public record Distribution(double median, double sigma, double min, double max) {
    }

    /** A kind of vehicle and its share of arrivals. */
    public record VehicleType(String name, double share, double batteryKwh, double acMaxKw, int acPhases,
                              double dcMaxKw) {
    }

    /** Tokens drivers present: {@code prefix} plus a number from 1 to {@code count}. */
    public record IdTokens(String prefix, int count) {
    }

    /**
     * One station.
     *
     * @param type           ac11, ac22, dc50 or dc150
     * @param version        overrides the scenario's version; {@code null} to keep it
     * @param arrivalFactor  scales the arrival rates (busy places above 1)
     */
    public record StationSpec(String id, String district, double lat, double lon, String type, String version,
                              double arrivalFactor) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public Scenario {
        stations = List.copyOf(stations);
        vehicles = List.copyOf(vehicles);
        if (!(timeScale > 0)) {
            throw new IllegalArgumentException("timeScale must be positive");
        }
        if (arrivals.weekday().size() != 24 || arrivals.weekend().size() != 24) {
            throw new IllegalArgumentException("arrival rates need 24 values (hours 0..23) for weekday and weekend");
        }
        if (stations.isEmpty() || vehicles.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs stations and vehicles");
        }
        if (stations.stream().map(StationSpec::id).distinct().count() != stations.size()) {
            throw new IllegalArgumentException("station ids must be unique");
        }
    }

    public static Scenario read(InputStream in) throws IOException {
        return YAML.readValue(in, Scenario.class);
    }

    public static Scenario read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** A scenario shipped in the jar, e.g. {@code wolfsburg}. */
    public static Scenario builtIn(String name) throws IOException {
        try (InputStream in = Scenario.class.getResourceAsStream("/scenarios/" + name + ".yaml")) {
            if (in == null) {
                throw new IOException("no built-in scenario " + name);
            }
            return read(in);
        }
    }

    /** The same scenario with another seed, time scale or number of stations (the first {@code n}). */
    public Scenario with(Long newSeed, Double newTimeScale, Integer firstStations) {
        return new Scenario(name, description, newSeed != null ? newSeed : seed,
                newTimeScale != null ? newTimeScale : timeScale, start, version, signedMeterValues, arrivals,
                dwellMinutes, energyKwh, vehicles, idTokens,
                firstStations != null ? stations.subList(0, Math.min(firstStations, stations.size())) : stations);
    }
}
