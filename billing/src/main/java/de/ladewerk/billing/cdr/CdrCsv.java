package de.ladewerk.billing.cdr;

import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.rating.CostLine;
import de.ladewerk.billing.rating.CostLineType;
import java.util.List;

/** CDRs as CSV for accounting: one row per CDR, amounts per dimension and totals. */
public final class CdrCsv {

    public static final List<String> HEADER = List.of("cdr_id", "credit_reference_id", "issued_at", "session_id",
            "station_id", "evse_id", "connector_id", "customer_id", "token_uid", "auth_method", "start", "end",
            "tariff_id", "tariff_version", "energy_kwh", "charging_hours", "parking_hours", "net_energy", "net_time",
            "net_parking", "net_flat_and_adjustments", "total_net", "total_vat", "total_gross", "currency",
            "meter_serial", "signed");

    private CdrCsv() {
    }

    public static String write(List<Cdr> cdrs) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (Cdr c : cdrs) {
            csv.row(List.of(c.id(), nullable(c.creditReferenceId()), c.issuedAt(), c.sessionId(), c.stationId(),
                    c.evseId(), c.connectorId(), nullable(c.customerId()), c.token().uid(), c.authMethod(), c.start(),
                    c.end(), c.tariffId(), c.tariffVersion(), OcpiJson.kwh(c.energyWh()).toPlainString(),
                    OcpiJson.hours(c.chargingMillis()).toPlainString(), OcpiJson.hours(c.parkingMillis()).toPlainString(),
                    net(c, CostLineType.ENERGY), net(c, CostLineType.TIME), net(c, CostLineType.PARKING_TIME),
                    net(c, CostLineType.FLAT, CostLineType.MIN_PRICE_ADJUSTMENT, CostLineType.MAX_PRICE_ADJUSTMENT),
                    c.totalNet().toPlainString(), c.totalVat().toPlainString(), c.totalGross().toPlainString(),
                    c.currency().getCurrencyCode(), nullable(c.meterSerial()), c.signedData() != null ? "yes" : "no"));
        }
        return csv.toString();
    }

    private static String net(Cdr c, CostLineType... types) {
        List<CostLineType> wanted = List.of(types);
        return c.lines().stream().filter(l -> wanted.contains(l.type())).map(CostLine::net)
                .reduce(Money.zero(c.currency()), Money::plus).toPlainString();
    }

    private static String nullable(String s) {
        return s == null ? "" : s;
    }
}
