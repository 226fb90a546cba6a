package de.ladewerk.planning.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One scenario figure together with where it comes from.
 *
 * <p>Every number a planner may be asked to defend carries its source: a publication, a register, or
 * the word {@code assumption}. The model only reads {@link #value()}; the source travels with the
 * scenario into reports.
 *
 * @param value  the figure, in the unit the field's name states
 * @param source where the figure comes from, or {@code "assumption"} (with a reason after a colon)
 */
public record Param(double value, String source) {

    /** The word that marks a figure as an assumption rather than a sourced fact. */
    public static final String ASSUMPTION = "assumption";

    /** A figure that is an assumption, with a short reason. */
    public static Param assumed(double value, String reason) {
        return new Param(value, ASSUMPTION + ": " + reason);
    }

    /** Whether this figure is an assumption rather than a sourced fact. */
    @JsonIgnore // derived from the source; not a field of the file
    public boolean isAssumption() {
        return source != null && source.strip().toLowerCase(java.util.Locale.ROOT).startsWith(ASSUMPTION);
    }
}
