package de.ladewerk.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffSelectorTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2025-03-01T00:00:00Z");

    private final List<TariffAssignment> assignments = List.of(
            TariffAssignment.toSite("SITE-DEFAULT", "SITE-A", null, true, T0),
            TariffAssignment.toSite("SITE-FLEET", "SITE-A", "FLEET", true, T0),
            TariffAssignment.toStation("STATION-DEFAULT", "ST-1", null, true, T0),
            new TariffAssignment("OLD", "ST-2", null, null, true, T0, MARCH),
            TariffAssignment.toStation("NEW", "ST-2", null, true, MARCH));

    private String pick(String station, String group, Instant at) {
        return TariffSelector.select(assignments, station, "SITE-A", group, at).map(TariffAssignment::tariffId).orElse("-");
    }

    @Test
    void the_most_specific_valid_assignment_wins() {
        assertThat(pick("ST-1", null, MARCH)).isEqualTo("STATION-DEFAULT"); // station beats site
        assertThat(pick("ST-1", "FLEET", MARCH)).isEqualTo("STATION-DEFAULT"); // station (2) beats site+group (1)
        assertThat(pick("ST-9", "FLEET", MARCH)).isEqualTo("SITE-FLEET"); // group beats default on the site
        assertThat(pick("ST-9", "PRIVATE", MARCH)).isEqualTo("SITE-DEFAULT");
        assertThat(pick("ST-2", null, MARCH.minusSeconds(1))).isEqualTo("OLD"); // validity decides
        assertThat(pick("ST-2", null, MARCH)).isEqualTo("NEW");
        assertThat(TariffSelector.select(assignments, "ST-9", null, null, MARCH)).isEmpty();
    }
}
