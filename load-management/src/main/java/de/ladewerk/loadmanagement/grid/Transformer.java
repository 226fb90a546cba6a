package de.ladewerk.loadmanagement.grid;

/**
 * A transformer or feeder several sites hang under, with its own limit: {@code limitKw} over all its
 * sites, and optionally amperes per phase ({@code null}: only the power limit).
 */
public record Transformer(String id, double limitKw, Double limitAmpsPerPhase) {

    public Transformer {
        Limits.id("a transformer", id);
        Limits.positive("transformer " + id + "'s limit in kW", limitKw);
        Limits.positiveOrNull("transformer " + id + "'s limit in A per phase", limitAmpsPerPhase);
    }
}
