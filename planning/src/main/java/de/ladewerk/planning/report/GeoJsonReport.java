package de.ladewerk.planning.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.planning.DistrictRow;
import de.ladewerk.planning.PlanningResult;
import de.ladewerk.planning.load.HubResult;
import de.ladewerk.planning.model.DistrictDemand;
import de.ladewerk.planning.scenario.Coordinates;
import de.ladewerk.planning.scenario.DistrictSpec;
import de.ladewerk.planning.sizing.SiteSizing;
import java.util.HashMap;
import java.util.Map;

/**
 * The run as GeoJSON (RFC 7946) for GIS tools: one Point feature per district (at its centre, with its
 * results) and one per DC hub. Districts without a centre are left out; positions are [longitude, latitude].
 */
public final class GeoJsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GeoJsonReport() {
    }

    /** A FeatureCollection of district results and hubs. */
    public static String render(PlanningResult r) {
        ObjectNode root = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        Map<String, SiteSizing> sizing = new HashMap<>();
        r.load().sizing().forEach(s -> sizing.put(s.district() + "/" + s.location(), s));
        for (int i = 0; i < r.districts().size(); i++) {
            DistrictSpec spec = r.scenario().districts().get(i);
            if (spec.centre() == null) {
                continue;
            }
            DistrictRow row = r.districts().get(i);
            DistrictDemand d = row.demand();
            ObjectNode p = feature(features, spec.centre());
            p.put("kind", "district").put("name", d.district())
                    .put("evs", Math.round(d.vehicles().evs())).put("commuterEvs", Math.round(d.vehicles().commuterEvs()))
                    .put("energyKwhPerDay", Math.round(d.energyKwhPerDay().total()))
                    .put("pointsPublicAc", d.ports().publicAc()).put("pointsPublicDc", d.ports().publicDc())
                    .put("pointsWork", d.ports().work()).put("pointsHome", d.ports().home())
                    .put("overloadedTransformers", d.overloadedTransformers());
            SiteSizing ac = sizing.get(d.district() + "/PUBLIC_AC");
            if (ac != null) {
                p.put("publicAcPeakEvsPluggedIn", ac.peakEvsPluggedIn()).put("publicAcOccupancy", ac.occupancy())
                        .put("publicAcBlockingWeekdayPeak", ac.blockingSimulatedWeekdayPeak());
            }
            if (row.gap() != null) {
                p.put("gapPublicAc", row.gap().gapAcPorts()).put("gapPublicDc", row.gap().gapDcPorts());
            }
            p.put("positionSource", spec.centre().source());
        }
        for (HubResult h : r.load().hubs()) {
            ObjectNode p = feature(features, h.site());
            p.put("kind", "hub").put("name", h.name()).put("gridConnectionKw", h.gridConnectionKw())
                    .put("points", h.sizing().points()).put("energyKwhPerDay", Math.round(h.kwhPerDay()))
                    .put("unmanagedPeakKw", h.unmanagedPeakKw()).put("managedPeakKw", h.managedPeakKw())
                    .put("connectionExceededUnmanaged", h.connectionExceededUnmanaged())
                    .put("positionSource", h.site().source());
            ArrayNode served = p.putArray("districts");
            h.districts().forEach(served::add);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    private static ObjectNode feature(ArrayNode features, Coordinates at) {
        ObjectNode f = features.addObject().put("type", "Feature");
        ObjectNode g = f.putObject("geometry").put("type", "Point");
        g.putArray("coordinates").add(at.lon()).add(at.lat());
        return f.putObject("properties");
    }
}
