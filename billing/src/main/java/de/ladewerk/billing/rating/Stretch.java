package de.ladewerk.billing.rating;

import de.ladewerk.billing.tariff.ChargingState;

/**
 * A piece of a session between two cut points (meter samples or tariff boundaries) within which
 * nothing that restrictions look at changes.
 *
 * @param charging whether energy flowed; otherwise the car was parked
 */
record Stretch(long startMillis, long endMillis, long energyWh, boolean charging, ChargingState state) {
    long millis() {
        return endMillis - startMillis;
    }
}
