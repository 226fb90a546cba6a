package de.ladewerk.gateway.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Prices a running session for CostUpdated and the TransactionEvent answer. Billing fills it with its
 * tariffs; until then {@link PerKwhPricing} applies one configured price. Empty: no tariff applies,
 * the station is told no cost.
 */
@FunctionalInterface
public interface PricingPort {

    /** No tariff anywhere. */
    PricingPort NONE = usage -> java.util.concurrent.CompletableFuture.completedFuture(Optional.empty());

    /** What is known of the session at {@code at}; {@code energyWh} is charged energy so far. */
    record Usage(long sessionId, String stationId, Integer evseId, String idToken, Instant startedAt, Instant at,
                 BigDecimal energyWh) {
    }

    /** The running total cost (in the station's currency, incl. VAT), or empty. Must not block the caller. */
    CompletionStage<Optional<BigDecimal>> runningCost(Usage usage);
}
