package de.ladewerk.loadmanagement.grid;

/**
 * A grid connection point: everything behind it (EV charging and {@link BaseLoad}) must stay within
 * {@code limitKw} and {@code limitAmpsPerPhase} on each phase. {@code transformerId} names the
 * transformer or feeder it hangs under, or is null.
 */
public record Site(String id, String transformerId, double limitKw, double limitAmpsPerPhase, BaseLoad baseLoad) {

    public Site {
        Limits.id("a site", id);
        Limits.positive("site " + id + "'s limit in kW", limitKw);
        Limits.positive("site " + id + "'s limit in A per phase", limitAmpsPerPhase);
        baseLoad = baseLoad == null ? BaseLoad.NONE : baseLoad;
    }
}
