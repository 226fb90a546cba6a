package de.ladewerk.billing.testdata;

import de.ladewerk.billing.cdr.CdrLocation;
import de.ladewerk.billing.money.Money;
import de.ladewerk.billing.money.VatRate;
import de.ladewerk.billing.tariff.PriceComponent;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffDimension;
import de.ladewerk.billing.tariff.TariffElement;
import de.ladewerk.billing.tariff.TariffRestrictions;
import de.ladewerk.billing.tariff.TariffType;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** Tariffs and locations shared by several tests. */
public final class TestTariffs {

    private TestTariffs() {
    }

    /** 0.30 €/kWh 22:00–06:00, else 0.40 €/kWh; 6.00 €/h parking after 75 minutes; all + 19 % VAT. */
    public static Tariff dayNightWithBlockingFee(String id) {
        VatRate v = VatRate.GERMAN_STANDARD;
        return new Tariff(id, 1, Money.EUR, TariffType.REGULAR, List.of(
                TariffElement.when(TariffRestrictions.NONE.timeOfDay(LocalTime.of(22, 0), LocalTime.of(6, 0)),
                        PriceComponent.of(TariffDimension.ENERGY, "0.30", v)),
                TariffElement.when(TariffRestrictions.NONE.duration(4500L, null),
                        PriceComponent.of(TariffDimension.PARKING_TIME, "6.00", v).withStepSize(60)),
                TariffElement.always(PriceComponent.of(TariffDimension.ENERGY, "0.40", v))),
                null, null, Instant.parse("2025-01-01T00:00:00Z"), null);
    }

    public static CdrLocation location() {
        return new CdrLocation("LOC-1", "Rathaus", "Porschestraße 49", "Wolfsburg", "38440", "DEU", "52.42304",
                "10.78775", "EVSE-1", "DE*SWW*E1001*1", "IEC_62196_T2", "SOCKET", "AC_3_PHASE");
    }
}
