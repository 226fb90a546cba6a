package de.ladewerk.gateway.loadmanagement;

import de.ladewerk.loadmanagement.profile.ProfileChangePolicy;
import java.time.Duration;

/**
 * @param interval  how often each node looks at the groups (takes free ones, reallocates changed ones)
 * @param validity  how long a TxProfile's allocated current holds before it falls to the fail-safe
 *                  current; the allocator refreshes profiles at half this age
 * @param policy    how often a raise may go out
 */
public record LoadManagementConfig(boolean enabled, Duration interval, Duration validity, ProfileChangePolicy policy) {

    public static final LoadManagementConfig DEFAULTS =
            new LoadManagementConfig(true, Duration.ofSeconds(5), Duration.ofMinutes(15), ProfileChangePolicy.DEFAULT);

    public LoadManagementConfig {
        if (interval.isZero() || interval.isNegative() || validity.compareTo(interval.multipliedBy(4)) < 0) {
            throw new IllegalArgumentException("load management needs an interval > 0 and a profile validity of at "
                    + "least four intervals");
        }
    }
}
