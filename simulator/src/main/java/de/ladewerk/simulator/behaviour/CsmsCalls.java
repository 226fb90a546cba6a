package de.ladewerk.simulator.behaviour;

import de.ladewerk.simulator.station.CsmsCallHandler;

/** Where a {@link VersionFlow} registers its answers (wrapped by the station's fault injection). */
@FunctionalInterface
interface CsmsCalls {

    void on(String action, CsmsCallHandler handler);
}
