package de.ladewerk.gateway.loadmanagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.gateway.GatewayHarness;
import de.ladewerk.gateway.loadmanagement.persistence.JdbcGridAdministration;
import de.ladewerk.gateway.loadmanagement.persistence.JdbcGridStore;
import de.ladewerk.loadmanagement.grid.BaseLoad;
import de.ladewerk.loadmanagement.grid.Evse;
import de.ladewerk.loadmanagement.grid.PhaseRotation;
import de.ladewerk.loadmanagement.grid.Site;
import de.ladewerk.loadmanagement.grid.Transformer;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Setting up a grid the way the API will, read back as the allocator sees it; bad input changes nothing. */
class GridAdministrationIT {

    private static GatewayHarness harness;
    private static GridAdministration admin;
    private static GridStore repository;
    private static final Instant T = Instant.parse("2026-12-07T17:00:00Z");

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        admin = new JdbcGridAdministration(harness.dataSource());
        repository = new JdbcGridStore(harness.dataSource());
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void aTransformerWithTwoSitesEvsesBaseLoadAndAReduction() throws Exception {
        harness.register("GA-1");
        admin.putTransformer(new Transformer("T1", 100, null), "ONS 1");
        admin.putSite(new Site("A", "T1", 60, 100, null), "Halle A", 5);
        admin.putSite(new Site("B", "T1", 60, 100, null), "Halle B", 0);
        admin.assign("GA-1", 1, new Evse("x", "A", PhaseRotation.STR, 3, 6, 32, true, true), 3);
        assertThat(admin.pushBaseLoad("A", 12.5, T)).isTrue();
        assertThat(admin.pushBaseLoad("nowhere", 1, T)).isFalse();
        long id = admin.reduce(Set.of("A", "B"), 20, T, T.plusSeconds(3600), "dso-operator", "DSO-1");

        assertThat(repository.groups()).contains("T:T1");
        GroupSnapshot g = repository.load("T:T1", T.plusSeconds(60));
        assertThat(g.grid().sites()).extracting(Site::id).containsExactly("A", "B");
        assertThat(g.grid().site("A").baseLoad().kwAt(T.plusSeconds(60))).isEqualTo(12.5);
        assertThat(g.grid().site("A").baseLoad()).isInstanceOf(BaseLoad.Live.class);
        assertThat(g.grid().evse("GA-1/1").orElseThrow().rotation()).isEqualTo(PhaseRotation.STR);
        assertThat(g.reductions()).singleElement().satisfies(r -> assertThat(r.activeAt(T.plusSeconds(60))).isTrue());

        String before = g.fingerprint();
        assertThat(admin.revoke(id, "dso-operator", T.plusSeconds(120))).isTrue();
        assertThat(admin.revoke(id, "dso-operator", T.plusSeconds(130))).as("already revoked").isFalse();
        assertThat(repository.load("T:T1", T.plusSeconds(180)).fingerprint()).isNotEqualTo(before);
        assertThat(harness.queryValue("SELECT revoked_by FROM ocpp.grid_reductions WHERE id = " + id)).isEqualTo("dso-operator");
    }

    @Test
    void badInputIsNamedAndWritesNothing() throws Exception {
        assertThatThrownBy(() -> admin.putSite(new Site("C", "NO-SUCH", 10, 10, null), null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transformer NO-SUCH");
        assertThatThrownBy(() -> admin.putSite(new Site("C", null, 10, 10, null), null, -1))
                .hasMessageContaining(">= 0");
        assertThatThrownBy(() -> admin.assign("NO-STATION", 1, Evse.threePhase("x", "C", 32), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO-STATION");
        assertThatThrownBy(() -> admin.reduce(Set.of("NO-SITE"), 10, T, null, "dso", null))
                .hasMessageContaining("unknown sites: [NO-SITE]");
        assertThatThrownBy(() -> admin.reduce(Set.of("C"), 10, T, T.minusSeconds(1), "dso", null))
                .hasMessageContaining("must end after it starts");
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.grid_sites WHERE id = 'C'")).isEqualTo(0L);
        assertThat(harness.queryValue("SELECT count(*) FROM ocpp.grid_reductions WHERE 'NO-SITE' = ANY (site_ids)")).isEqualTo(0L);
    }
}
