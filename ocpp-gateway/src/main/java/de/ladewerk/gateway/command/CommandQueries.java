package de.ladewerk.gateway.command;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reading the command audit trail. Blocking: worker threads only. */
public interface CommandQueries {

    /**
     * What to list; {@code null} fields do not filter.
     *
     * @param from   inclusive lower bound of {@code requestedAt}
     * @param to     exclusive upper bound of {@code requestedAt}
     * @param status the outcome
     */
    record Filter(String stationId, String action, Instant from, Instant to, CommandStatus status) {

        public Filter(String stationId, String action, Instant from, Instant to) {
            this(stationId, action, from, to, null);
        }

        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** Newest first. */
    List<CommandResult> list(Filter filter, int limit, int offset);

    long count(Filter filter);

    Optional<CommandResult> find(long id);
}
