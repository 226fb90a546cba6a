package de.ladewerk.billing.cdr;

import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.rating.ChargingPeriod;
import de.ladewerk.billing.rating.CostLine;
import de.ladewerk.billing.session.AuthMethod;
import de.ladewerk.billing.session.IdToken;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A charge detail record: the priced, final record of one session. Never changed once issued;
 * a correction is a credit CDR ({@code creditReferenceId} set, negative amounts) plus, if needed, a new CDR.
 *
 * @param creditReferenceId id of the CDR this one credits, {@code null} for a normal CDR
 * @param customerId        {@code null} for ad-hoc sessions
 * @param signedData        {@code null} when the station sent no signed meter values
 */
public record Cdr(String id, Instant issuedAt, String creditReferenceId, String remark,
                  String sessionId, String stationId, String siteId, int evseId, int connectorId,
                  IdToken token, AuthMethod authMethod, String customerId, String meterSerial,
                  Instant start, Instant end, String tariffId, int tariffVersion, Currency currency,
                  List<ChargingPeriod> periods, List<CostLine> lines,
                  long energyWh, long chargingMillis, long parkingMillis, SignedData signedData) {

    public Cdr {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(currency, "currency");
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
    }

    public boolean isCredit() {
        return creditReferenceId != null;
    }

    public Money totalNet() {
        return lines.stream().map(CostLine::net).reduce(Money.zero(currency), Money::plus);
    }

    public Money totalVat() {
        return lines.stream().map(CostLine::vat).reduce(Money.zero(currency), Money::plus);
    }

    public Money totalGross() {
        return lines.stream().map(CostLine::gross).reduce(Money.zero(currency), Money::plus);
    }
}
