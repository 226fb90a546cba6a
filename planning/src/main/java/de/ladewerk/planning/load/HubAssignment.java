package de.ladewerk.planning.load;

import de.ladewerk.planning.scenario.DistrictSpec;
import de.ladewerk.planning.scenario.Hub;
import de.ladewerk.planning.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;

/** Each district's DC demand goes to the nearest hub (straight-line distance from the district's centre). */
public final class HubAssignment {

    private HubAssignment() {
    }

    /** District name → hub name, in district order; empty when the scenario names no hubs. */
    public static Map<String, String> nearest(Scenario s) {
        Map<String, String> hubOf = new LinkedHashMap<>();
        if (s.hubList().isEmpty()) {
            return hubOf;
        }
        for (DistrictSpec d : s.districts()) {
            Hub best = null;
            double bestKm = Double.MAX_VALUE;
            for (Hub h : s.hubList()) {
                double km = d.centre().kmTo(h.site());
                if (km < bestKm) { // ties go to the hub named first
                    bestKm = km;
                    best = h;
                }
            }
            hubOf.put(d.name(), best.name());
        }
        return hubOf;
    }
}
