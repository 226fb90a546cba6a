package de.ladewerk.gateway.maintenance;

import java.time.Instant;
import java.util.List;

/**
 * What the supervisor last found, for {@code /health/ready} and the dashboard.
 *
 * @param layout  "timescaledb" or "postgresql"
 * @param active  whether this node holds the cluster's maintenance lock and runs the jobs
 * @param checkedAt when it looked
 * @param jobs    every job, with whether it is late (no success within twice its interval)
 * @param finding in plain words what was found and what is done about it, e.g. a broken scheduler
 */
public record MaintenanceStatus(String layout, boolean active, Instant checkedAt, List<Job> jobs, String finding) {

    /** One job for the outside: bounded name, interval, last success, failures, late or not, last error. */
    public record Job(String name, long intervalSeconds, Instant lastSuccess, long failures, boolean late,
                      String lastError) {
    }

    /** Nothing looked at yet. */
    public static MaintenanceStatus unknown(Instant now) {
        return new MaintenanceStatus("unknown", false, now, List.of(), "maintenance has not been checked yet");
    }

    /** The names of the jobs that have not succeeded within twice their interval. */
    public List<String> late() {
        return jobs.stream().filter(Job::late).map(Job::name).toList();
    }
}
