package de.ladewerk.app.billing;

import de.ladewerk.billing.BillingService;
import de.ladewerk.billing.KwhPrice;
import de.ladewerk.gateway.pricing.PricingPort;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running cost a station shows during a session (2.0.1 CostUpdated): energy so far times the gross
 * ad-hoc kWh price of the station's tariff valid at the session's start, rounded to the cent. An
 * indication, not the bill: flat, time and parking components and customer-group tariffs are priced
 * only in the CDR at the end. No tariff assigned: no cost is shown.
 */
public final class BillingPricing implements PricingPort {

    private static final Logger LOG = LoggerFactory.getLogger(BillingPricing.class);
    private static final BigDecimal WH_PER_KWH = BigDecimal.valueOf(1000);

    private final BillingService billing;
    private final Executor executor;

    public BillingPricing(BillingService billing, Executor executor) {
        this.billing = billing;
        this.executor = executor;
    }

    @Override
    public CompletionStage<Optional<BigDecimal>> runningCost(Usage usage) {
        if (usage.energyWh() == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return CompletableFuture.supplyAsync(() -> cost(usage), executor);
    }

    Optional<BigDecimal> cost(Usage usage) {
        try {
            Optional<KwhPrice> price = billing.tariffs().adHocPricePerKwh(usage.stationId(), null, usage.startedAt());
            return price.map(p -> usage.energyWh().max(BigDecimal.ZERO).multiply(p.gross())
                    .divide(WH_PER_KWH).setScale(p.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP));
        } catch (RuntimeException e) {
            LOG.warn("running cost of session {} not priced: {}", usage.sessionId(), e.getMessage());
            return Optional.empty();
        }
    }
}
