package de.ladewerk.ocpp.validation;

/**
 * Where the validator is in a payload, spelt out only when a violation names it: building the text
 * for every property checked cost more than the checks themselves.
 */
final class JsonPath {

    /** The payload itself: an empty path. */
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** {@code parent.name}, or {@code name} at the root. */
    JsonPath property(String property) {
        return new JsonPath(this, property, -1);
    }

    /** {@code parent[index]}. */
    JsonPath item(int item) {
        return new JsonPath(this, null, item);
    }

    /** E.g. {@code meterValue[0].sampledValue[1].unit}; empty for the root. */
    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        String above = parent.toString();
        if (name == null) {
            return above + "[" + index + "]";
        }
        return above.isEmpty() ? name : above + "." + name;
    }
}
