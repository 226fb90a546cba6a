package de.ladewerk.billing.cdr;

import de.ladewerk.billing.rating.CostLine;
import de.ladewerk.billing.rating.Rating;
import de.ladewerk.billing.session.ChargingSession;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** Makes CDRs from rated sessions, and credit CDRs from issued ones. */
public final class CdrIssuer {

    private final Clock clock;

    public CdrIssuer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new CDR for a rated session; its id is a fresh UUID (OCPI allows 36 characters). */
    public Cdr issue(ChargingSession s, Rating r, SignedData signed) {
        return new Cdr(UUID.randomUUID().toString(), clock.instant(), null, null, s.sessionId(), s.stationId(),
                s.siteId(), s.evseId(), s.connectorId(), s.idToken(), s.authMethod(), s.customerId(), s.meterSerial(),
                s.start(), s.end(), r.tariff().id(), r.tariff().version(), r.currency(), r.periods(), r.lines(),
                r.energyWh(), r.chargingMillis(), r.parkingMillis(), signed);
    }

    /**
     * A credit CDR cancelling {@code original}: same session data, every line negated. Its id is the
     * original's plus "-C" (OCPI allows credit ids up to 39 characters for exactly this).
     */
    public Cdr credit(Cdr original, String reason) {
        if (original.isCredit()) {
            throw new IllegalArgumentException("CDR " + original.id() + " is itself a credit CDR; it cannot be credited");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a credit CDR needs a reason");
        }
        return new Cdr(original.id() + "-C", clock.instant(), original.id(), reason, original.sessionId(),
                original.stationId(), original.siteId(), original.evseId(), original.connectorId(), original.token(),
                original.authMethod(), original.customerId(), original.meterSerial(), original.start(), original.end(),
                original.tariffId(), original.tariffVersion(), original.currency(), original.periods(),
                original.lines().stream().map(CostLine::negated).toList(), original.energyWh(),
                original.chargingMillis(), original.parkingMillis(), original.signedData());
    }
}
