package de.ladewerk.billing.rating;

import de.ladewerk.billing.tariff.PriceComponent;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffDimension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Merges consecutive stretches priced by the same components into charging periods. */
final class PeriodBuilder {

    private final List<ChargingPeriod> periods = new ArrayList<>();
    private boolean open;
    private boolean charging;
    private PriceComponent energy;
    private PriceComponent time;
    private PriceComponent parking;
    private long start;
    private long end;
    private long wh;
    private long chargingMs;
    private long parkingMs;

    static List<ChargingPeriod> build(Tariff tariff, List<Stretch> stretches) {
        PeriodBuilder b = new PeriodBuilder();
        for (Stretch s : stretches) {
            PriceComponent e = null;
            PriceComponent t = null;
            PriceComponent p = null;
            if (s.charging()) {
                e = tariff.applicable(TariffDimension.ENERGY, s.state()).orElse(null);
                t = tariff.applicable(TariffDimension.TIME, s.state()).orElse(null);
            } else {
                p = tariff.applicable(TariffDimension.PARKING_TIME, s.state()).orElse(null);
            }
            b.add(s, e, t, p);
        }
        b.close();
        return b.periods;
    }

    private void add(Stretch s, PriceComponent e, PriceComponent t, PriceComponent p) {
        // identity, not equals: a new period whenever another element's component applies
        boolean same = open && charging == s.charging() && energy == e && time == t && parking == p;
        if (!same) {
            close();
            open = true;
            charging = s.charging();
            energy = e;
            time = t;
            parking = p;
            start = s.startMillis();
        }
        end = s.endMillis();
        wh += s.energyWh();
        if (s.charging()) {
            chargingMs += s.millis();
        } else {
            parkingMs += s.millis();
        }
    }

    private void close() {
        if (open) {
            periods.add(new ChargingPeriod(Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), wh, chargingMs,
                    parkingMs, energy, time, parking));
        }
        open = false;
        wh = 0;
        chargingMs = 0;
        parkingMs = 0;
    }
}
