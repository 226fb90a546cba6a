package de.ladewerk.billing.rating;

import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.tariff.ChargingState;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffDimension;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Prices a session with a tariff, following OCPI 2.2.1: the session is cut into charging periods at every
 * tariff boundary; each dimension takes the first matching element; step sizes round up the session's
 * energy and its charging-plus-parking time once; then the min/max price applies. Stateless and
 * thread-safe.
 */
public final class RatingEngine {

    private final ZoneId zone;

    /** @param zone local time of the stations, for time-of-day, weekday and date restrictions */
    public RatingEngine(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * @param signedEnergyWh energy between signed begin and end readings, billed instead of the samples'
     *                       total when not {@code null}
     */
    public Rating rate(Tariff tariff, ChargingSession session, Long signedEnergyWh) {
        EnergySeries series = EnergySeries.of(session, signedEnergyWh);
        List<Stretch> stretches = new StretchSplitter(tariff, zone).split(series);
        List<ChargingPeriod> periods = PeriodBuilder.build(tariff, stretches);
        ChargingState first = stretches.isEmpty()
                ? ChargingState.atStart(LocalDateTime.ofInstant(session.start(), zone))
                : stretches.get(0).state();
        CostLines lines = new CostLines(tariff.currency(), tariff.pricesIncludeVat());
        tariff.applicable(TariffDimension.FLAT, first).ifPresent(lines::addFlat);
        lines.addEnergy(periods);
        lines.addTime(periods);
        lines.applyLimits(tariff.minPrice(), tariff.maxPrice());
        long charging = periods.stream().mapToLong(ChargingPeriod::chargingMillis).sum();
        long parking = periods.stream().mapToLong(ChargingPeriod::parkingMillis).sum();
        return new Rating(tariff, periods, lines.lines(), series.totalWh(), charging, parking);
    }
}
