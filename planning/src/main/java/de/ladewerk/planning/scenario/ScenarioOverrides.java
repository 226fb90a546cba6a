package de.ladewerk.planning.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Changes one figure of a scenario by its path, for sweeps and what-if runs.
 *
 * <p>Paths are the YAML keys joined by dots, e.g. {@code vehicles.externalShare} or
 * {@code charging.publicAc.utilisation}, list items by index ({@code districts.0.population});
 * {@code vehicles.evShare} and {@code commuters.evShare} set the EV share of the scenario's year; {@code year}
 * changes the planned year (which must lie within the stated shares). A changed figure's source says it was swept, so no result passes a sweep value off as fact.
 */
public final class ScenarioOverrides {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.Set<String> TRAJECTORIES = java.util.Set.of("vehicles.evShare", "commuters.evShare");

    private ScenarioOverrides() {
    }

    /** A copy of {@code scenario} with the figure at {@code path} set to {@code value}, validated. */
    public static Scenario with(Scenario scenario, String path, double value) {
        return ScenarioValidator.validate(withoutValidation(scenario, path, value));
    }

    /**
     * Changes a run setting such as {@code load.days} or {@code load.seed} without renaming the scenario:
     * settings change how precisely a scenario is computed, not what it assumes.
     */
    public static Scenario withSetting(Scenario scenario, String path, double value) {
        Scenario changed = with(scenario, path, value);
        return new Scenario(scenario.name(), changed.description(), changed.year(), changed.installedPublicPoints(),
                changed.vehicles(), changed.commuters(), changed.charging(), changed.grid(), changed.load(), changed.districts(),
                changed.hubs());
    }

    /** As {@link #with} but unchecked, so tests can build invalid scenarios. */
    static Scenario withoutValidation(Scenario scenario, String path, double value) {
        ObjectNode root = JSON.valueToTree(scenario);
        String note = "sweep: " + path + " = " + value;
        if (TRAJECTORIES.contains(path)) {
            String[] keys = path.split("\\.");
            setEvShare((ArrayNode) root.get(keys[0]).get(keys[1]).get("points"), scenario.year(), value, note);
        } else {
            setFigure(root, path, value, note);
        }
        root.put("name", scenario.name() + " [" + path + "=" + value + "]");
        return JSON.convertValue(root, Scenario.class);
    }

    private static void setFigure(ObjectNode root, String path, double value, String note) {
        String[] keys = path.split("\\.");
        JsonNode parent = root;
        for (int k = 0; k < keys.length - 1; k++) {
            parent = child(parent, keys[k]);
            if (parent == null || !parent.isContainerNode()) {
                throw new IllegalArgumentException("no scenario figure at '" + path + "' (stopped at '" + keys[k] + "')");
            }
        }
        String last = keys[keys.length - 1];
        JsonNode node = child(parent, last);
        if (node != null && node.isNumber() && parent.isObject()) {
            // plain numbers such as load.days: settings, not sourced figures
            ((ObjectNode) parent).set(last, node.isIntegralNumber() ? (JsonNode) JSON.getNodeFactory().numberNode((long) value)
                    : JSON.getNodeFactory().numberNode(value));
            return;
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("no scenario figure at '" + path + "' (stopped at '" + last + "')");
        }
        if (!node.has("value")) {
            throw new IllegalArgumentException("'" + path + "' is a group, not a figure; name one of " + fieldNames(node));
        }
        ObjectNode figure = (ObjectNode) node;
        figure.put("source", note + " (was " + figure.get("value").asText() + ")");
        figure.put("value", value);
    }

    private static JsonNode child(JsonNode node, String key) {
        return node.isArray() && key.matches("\\d+") ? node.get(Integer.parseInt(key)) : node.get(key);
    }

    private static void setEvShare(ArrayNode points, int year, double share, String note) {
        for (JsonNode p : points) {
            if (p.get("year").asInt() == year) {
                ((ObjectNode) p).put("share", share).put("source", note);
                return;
            }
        }
        points.addObject().put("year", year).put("share", share).put("source", note);
    }

    private static String fieldNames(JsonNode node) {
        StringBuilder names = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> names.append(names.length() == 0 ? "" : ", ").append(n));
        return names.toString();
    }
}
