package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.securityevent.SecurityEvent;
import de.ladewerk.gateway.securityevent.SecurityEventStore;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;

/** Writes security events through the group-commit writer. */
public final class JdbcSecurityEventStore implements SecurityEventStore {

    private static final String INSERT = """
            INSERT INTO ocpp.security_events (time, station_id, type, tech_info, received_at) VALUES (?, ?, ?, ?, ?)""";

    private final GroupCommitWriter writer;

    public JdbcSecurityEventStore(GroupCommitWriter writer) {
        this.writer = writer;
    }

    @Override
    public CompletionStage<Void> store(SecurityEvent e) {
        return writer.submit(new GroupCommitWriter.Write(INSERT, ps -> {
            ps.setObject(1, OffsetDateTime.ofInstant(e.time(), ZoneOffset.UTC));
            ps.setString(2, e.stationId());
            ps.setString(3, e.type());
            ps.setString(4, e.techInfo());
            ps.setObject(5, OffsetDateTime.ofInstant(e.receivedAt(), ZoneOffset.UTC));
        }));
    }
}
