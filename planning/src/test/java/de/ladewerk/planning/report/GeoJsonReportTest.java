package de.ladewerk.planning.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.PlanningService;
import de.ladewerk.planning.TestScenarios;
import de.ladewerk.planning.scenario.Coordinates;
import de.ladewerk.planning.scenario.Hub;
import de.ladewerk.planning.scenario.Scenario;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoJsonReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = GeoJsonReportTest.class.getResourceAsStream("/geojson-point-collection.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        }
    }

    @Test
    void districts_and_hubs_are_valid_geojson_points_in_longitude_latitude_order() throws Exception {
        Scenario s = TestScenarios.worked();
        Scenario withHub = new Scenario(s.name(), s.description(), s.year(), s.installedPublicPoints(), s.vehicles(),
                s.commuters(), s.charging(), s.grid(), s.load(), s.districts(),
                List.of(new Hub("East", new Coordinates(52.44, 10.86, "test"), TestScenarios.p(500))));
        PlanningResult r = new PlanningService().run(withHub, null);
        JsonNode geo = JSON.readTree(GeoJsonReport.render(r));

        assertThat(schema().validate(geo)).isEmpty();
        assertThat(geo.get("features")).hasSize(3);
        JsonNode a = geo.at("/features/0");
        assertThat(a.at("/properties/kind").asText()).isEqualTo("district");
        assertThat(a.at("/properties/name").asText()).isEqualTo("A");
        assertThat(a.at("/geometry/coordinates/0").asDouble()).isEqualTo(10.78); // longitude first (RFC 7946 §3.1.1)
        assertThat(a.at("/geometry/coordinates/1").asDouble()).isEqualTo(52.42);
        assertThat(a.at("/properties/pointsPublicAc").asLong()).isEqualTo(r.districts().get(0).demand().ports().publicAc());
        JsonNode hub = geo.at("/features/2");
        assertThat(hub.at("/properties/kind").asText()).isEqualTo("hub");
        assertThat(hub.at("/properties/districts")).hasSize(2);
    }

    @Test
    void the_validator_rejects_a_position_out_of_range_so_the_check_above_means_something() throws Exception {
        ObjectNode bad = JSON.createObjectNode().put("type", "FeatureCollection");
        ObjectNode f = bad.putArray("features").addObject().put("type", "Feature");
        f.putObject("geometry").put("type", "Point").putArray("coordinates").add(52.42).add(190.0);
        f.putObject("properties");
        assertThat(schema().validate(bad)).isNotEmpty();
    }
}
