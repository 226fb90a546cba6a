package de.ladewerk.loadmanagement.allocation;

/**
 * The current a session may draw: {@code amps} per phase on {@code phases} phases ({@code kw} in
 * total at nominal voltage); 0 A pauses it. {@code detail} names the binding limit, if any.
 */
public record Allocation(String sessionId, String evseId, double amps, int phases, double kw, Reason reason,
                         String detail) {

    public boolean paused() {
        return amps == 0;
    }
}
