package de.ladewerk.loadmanagement.allocation;

/** Why a session got the current it got. */
public enum Reason {
    /** Its own maximum (car, EVSE): nothing holds it back. */
    AT_MAXIMUM,
    /** It draws less than it was offered lately; it gets what it draws (plus headroom), others the rest. */
    DRAWS_LESS,
    /** A site, transformer or §14a limit is reached; {@link Allocation#detail()} names it. */
    LIMITED,
    /** Not even its minimum fits under the named limit, so it waits at 0 A. */
    PAUSED,
    /** Its station rejects profiles: counted at its maximum, not controlled. */
    UNMANAGED,
    /** Its EVSE is not on any site of the grid, or another session holds it: not allocated. */
    NOT_ON_GRID
}
