package de.ladewerk.gateway.query;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * Read port for planning's measured reality: the installed EVSEs and, per group of EVSEs the caller
 * forms, sessions, energy, start and occupancy hours and peak power in a window. The gateway owns the
 * tables and aggregates (V14 {@code power_15m}) behind it. Blocking (JDBC): call from worker threads.
 */
public interface MeasuredUseQueries {

    /**
     * An EVSE (EVSE 0 left out) of an accepted station.
     *
     * @param district the station's district, or the caller's label for "none"
     * @param peakKw   highest metered power at the outlet in the window, {@code null} if none was metered
     */
    record Evse(String stationId, int evseId, String district, Double peakKw) {
    }

    /** An EVSE placed in a group by the caller: sessions are counted per district and current type. */
    record Port(String stationId, int evseId, String district, String current) {
    }

    /** Ended sessions of a group: count, energy (kWh) and median plug-in time (hours). */
    record Totals(String district, String current, long sessions, double kwh, double medianDwellH) {
    }

    /** Session starts (or minutes plugged in) per local hour of day, working days and weekends apart. */
    record HourCount(String district, String current, boolean weekend, int hour, double value) {
    }

    /** Highest 15-minute power of all EVSEs of a group together, kW. */
    record Peak(String district, String current, double peakKw) {
    }

    /**
     * What one read found, consistently (one transaction).
     *
     * @param sessionsStored whether the database stores sessions and samples at all; if not, only EVSEs
     */
    record Measured(List<Evse> evses, List<Port> ports, boolean sessionsStored, List<Totals> totals,
                    List<HourCount> starts, List<HourCount> occupiedMinutes, List<Peak> peaks) {

        public Measured {
            evses = List.copyOf(evses);
            ports = List.copyOf(ports);
            totals = List.copyOf(totals);
            starts = List.copyOf(starts);
            occupiedMinutes = List.copyOf(occupiedMinutes);
            peaks = List.copyOf(peaks);
        }
    }

    /**
     * Reads the EVSEs, lets {@code group} place each in a district and current type, then measures the
     * sessions that started in {@code [from, to)}; local hours are in {@code zone}.
     *
     * @param noDistrict the district reported for stations without one
     */
    Measured measure(Instant from, Instant to, ZoneId zone, String noDistrict, Function<List<Evse>, List<Port>> group);
}
