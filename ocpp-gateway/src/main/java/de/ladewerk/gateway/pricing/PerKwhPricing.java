package de.ladewerk.gateway.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** One price per kWh for everything, rounded to the cent: the stand-in until billing prices sessions. */
public final class PerKwhPricing implements PricingPort {

    private static final BigDecimal WH_PER_KWH = BigDecimal.valueOf(1000);
    private final BigDecimal pricePerKwh;

    public PerKwhPricing(BigDecimal pricePerKwh) {
        if (pricePerKwh.signum() < 0) {
            throw new IllegalArgumentException("price per kWh must not be negative, is " + pricePerKwh);
        }
        this.pricePerKwh = pricePerKwh;
    }

    /** The configured price, or {@link PricingPort#NONE} without one. */
    public static PricingPort orNone(BigDecimal pricePerKwh) {
        return pricePerKwh == null ? PricingPort.NONE : new PerKwhPricing(pricePerKwh);
    }

    @Override
    public CompletionStage<Optional<BigDecimal>> runningCost(Usage usage) {
        if (usage.energyWh() == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        BigDecimal kwh = usage.energyWh().max(BigDecimal.ZERO).divide(WH_PER_KWH);
        return CompletableFuture.completedFuture(Optional.of(kwh.multiply(pricePerKwh).setScale(2, RoundingMode.HALF_UP)));
    }
}
