package de.ladewerk.app.demo;

import de.ladewerk.billing.TariffAdministration;
import de.ladewerk.billing.money.VatRate;
import de.ladewerk.billing.tariff.PriceComponent;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffAssignment;
import de.ladewerk.billing.tariff.TariffDimension;
import de.ladewerk.billing.tariff.TariffElement;
import de.ladewerk.billing.tariff.TariffType;
import de.ladewerk.simulator.scenario.Scenario;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * The demo's prices, so every ended session becomes a CDR: one energy tariff for AC stations and one
 * for DC, assigned to each station of the scenario (billing assigns per station or site; the demo
 * stations belong to no site). Valid since 2020, so replayed sessions in the past are priced too.
 */
final class DemoTariffs {

    static final String AC = "DEMO-AC";
    static final String DC = "DEMO-DC";
    private static final Instant SINCE = Instant.parse("2020-01-01T00:00:00Z");

    private DemoTariffs() {
    }

    /** Publishes both tariffs and assigns them; does nothing if they exist already (a kept demo database). */
    static void publish(TariffAdministration tariffs, List<Scenario.StationSpec> stations) {
        if (tariffs.tariffIds().contains(AC)) {
            return;
        }
        tariffs.publish(energyTariff(AC, "0.42"));
        tariffs.publish(energyTariff(DC, "0.58"));
        for (Scenario.StationSpec s : stations) {
            String id = s.type().startsWith("dc") ? DC : AC;
            tariffs.assign(TariffAssignment.toStation(id, s.id(), null, true, SINCE));
        }
    }

    /** A net price per kWh with German VAT (0.42 € net = 0.50 € gross). */
    private static Tariff energyTariff(String id, String netPerKwh) {
        return new Tariff(id, 0, Currency.getInstance("EUR"), TariffType.REGULAR,
                List.of(TariffElement.always(PriceComponent.of(TariffDimension.ENERGY, netPerKwh, VatRate.GERMAN_STANDARD))),
                null, null, SINCE, null);
    }
}
