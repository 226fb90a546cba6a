package de.ladewerk.billing.rating;

import de.ladewerk.billing.tariff.PriceComponent;
import java.time.Instant;

/**
 * A part of a session during which the same tariff components apply (OCPI ChargingPeriod). A new period
 * starts whenever another tariff element applies or the car switches between charging and parking.
 *
 * @param energy  ENERGY component applied, {@code null} if none (e.g. while parking)
 * @param time    TIME component applied while charging, {@code null} if none
 * @param parking PARKING_TIME component applied while parking, {@code null} if none
 */
public record ChargingPeriod(Instant start, Instant end, long energyWh, long chargingMillis, long parkingMillis,
                             PriceComponent energy, PriceComponent time, PriceComponent parking) {

    /** Whether the car was charging (rather than parked) in this period. */
    public boolean charging() {
        return parkingMillis == 0 && (chargingMillis > 0 || energyWh > 0);
    }
}
