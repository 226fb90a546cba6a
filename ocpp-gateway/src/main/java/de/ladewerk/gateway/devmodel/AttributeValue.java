package de.ladewerk.gateway.devmodel;

/**
 * One attribute of a variable: type is Actual, Target, MinSet or MaxSet; the others may be null
 * when the station did not say.
 */
public record AttributeValue(String type, String value, String mutability, Boolean persistent, Boolean constant) {

    public static final String ACTUAL = "Actual";

    /** An Actual value learned without its other properties (an event, a GetVariables answer). */
    public static AttributeValue actual(String value) {
        return new AttributeValue(ACTUAL, value, null, null, null);
    }
}
