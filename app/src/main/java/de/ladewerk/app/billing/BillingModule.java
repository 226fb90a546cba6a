package de.ladewerk.app.billing;

import de.ladewerk.app.api.ApiRoutes;
import de.ladewerk.app.api.CdrRoutes;
import de.ladewerk.app.api.InvoiceRoutes;
import de.ladewerk.app.api.TariffRoutes;
import de.ladewerk.app.api.MeterKeyRoutes;
import de.ladewerk.billing.BillingService;
import de.ladewerk.gateway.pricing.PricingPort;
import de.ladewerk.gateway.query.EndedSessions;
import de.ladewerk.gateway.session.SessionEndedListener;
import de.ladewerk.gateway.station.StationQueries;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Billing as the running application uses it: the service, the bridge that bills every ended session
 * on one dedicated thread, the periodic catch-up, and the HTTP route families. The schema must have
 * been migrated ({@code BillingDatabase.migrate}) before.
 */
public final class BillingModule implements AutoCloseable {

    private final BillingService service;
    private final SessionBillingBridge bridge;
    private final BillingPricing pricing;
    private final ExecutorService executor;
    private final List<ApiRoutes> routes;
    private final Vertx vertx;
    private final long timer;

    private BillingModule(Vertx vertx, DataSource dataSource, BillingConfig config, StationQueries stations,
                          EndedSessions ended, MeterRegistry meters, Clock clock) {
        this.vertx = vertx;
        this.service = BillingService.onPostgres(dataSource, config.settings(), clock);
        // one thread keeps billing off the gateway's pools; the unique CDR index (V10) keeps it idempotent
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ladewerk-billing");
            t.setDaemon(true);
            return t;
        });
        this.bridge = new SessionBillingBridge(ended, service, executor, meters);
        this.pricing = new BillingPricing(service, executor);
        BillingCatchUp catchUp = new BillingCatchUp(ended, service::settled, bridge, config.catchUpWindow(), clock);
        catchUp.runOnce();
        this.timer = vertx.setPeriodic(config.catchUpInterval().toMillis(), id -> catchUp.runOnce());
        this.routes = List.of(
                new TariffRoutes(service, config.settings().party(), clock),
                new CdrRoutes(service, new StationLocationDirectory(stations, config.settings().party()),
                        config.settings().zone(), clock),
                new InvoiceRoutes(service),
                new MeterKeyRoutes(service));
    }

    /**
     * Builds billing and starts the catch-up, which reads ended sessions through the gateway's port.
     *
     * <p>An invoice issuer that lacks what §14 UStG requires does not stop Ladewerk (a fresh installation runs
     * without one): it is logged here, and every invoice is refused with the same message until it is set.
     */
    public static BillingModule start(Vertx vertx, DataSource dataSource, BillingConfig config, StationQueries stations,
                                      EndedSessions ended, MeterRegistry meters, Clock clock) {
        try {
            config.requireCompleteIssuer();
        } catch (IllegalStateException incomplete) {
            LoggerFactory.getLogger(BillingModule.class).warn("invoices cannot be issued yet: {}", incomplete.getMessage());
        }
        return new BillingModule(vertx, dataSource, config, stations, ended, meters, clock);
    }

    public BillingService service() {
        return service;
    }

    /** What the gateway calls after it committed a session's end. */
    public SessionBillingBridge bridge() {
        return bridge;
    }

    /** The gateway's hook: bills each session whose end the gateway committed. */
    public SessionEndedListener sessionEnded() {
        return bridge::sessionEnded;
    }

    /** Running cost for CostUpdated from the station's tariff. */
    public PricingPort pricing() {
        return pricing;
    }

    public List<ApiRoutes> routes() {
        return routes;
    }

    /** Stops the catch-up and lets billing work already queued finish (bounded wait). */
    @Override
    public void close() throws InterruptedException {
        vertx.cancelTimer(timer);
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
