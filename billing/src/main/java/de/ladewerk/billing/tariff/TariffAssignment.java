package de.ladewerk.billing.tariff;

import java.time.Instant;
import java.util.Objects;

/**
 * Which tariff applies where and to whom. Exactly one of station and site is set; a station assignment
 * beats a site assignment, a customer-group assignment beats the default ({@code customerGroup == null}).
 *
 * @param clockLegallyValid whether the stations covered have a clock whose timestamps calibration law
 *                          accepts; only then may TIME/PARKING_TIME components apply
 * @param validTo           {@code null} for open-ended
 */
public record TariffAssignment(String tariffId, String stationId, String siteId, String customerGroup,
                               boolean clockLegallyValid, Instant validFrom, Instant validTo) {

    public TariffAssignment {
        Objects.requireNonNull(tariffId, "tariffId");
        Objects.requireNonNull(validFrom, "validFrom");
        if ((stationId == null) == (siteId == null)) {
            throw new InvalidTariffException("a tariff assignment names exactly one of station and site");
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new InvalidTariffException("assignment of " + tariffId + ": validTo must be after validFrom");
        }
    }

    public static TariffAssignment toStation(String tariffId, String stationId, String customerGroup,
                                             boolean clockLegallyValid, Instant validFrom) {
        return new TariffAssignment(tariffId, stationId, null, customerGroup, clockLegallyValid, validFrom, null);
    }

    public static TariffAssignment toSite(String tariffId, String siteId, String customerGroup,
                                          boolean clockLegallyValid, Instant validFrom) {
        return new TariffAssignment(tariffId, null, siteId, customerGroup, clockLegallyValid, validFrom, null);
    }

    public boolean isValidAt(Instant t) {
        return !t.isBefore(validFrom) && (validTo == null || t.isBefore(validTo));
    }

    /** Specificity for choosing among matches: station over site, customer group over default. */
    public int specificity() {
        return (stationId != null ? 2 : 0) + (customerGroup != null ? 1 : 0);
    }

    String scopeDescription() {
        return stationId != null ? "station " + stationId : "site " + siteId;
    }
}
