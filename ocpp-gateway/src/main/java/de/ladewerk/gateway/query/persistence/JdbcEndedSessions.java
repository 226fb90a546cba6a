package de.ladewerk.gateway.query.persistence;

import de.ladewerk.gateway.persistence.JooqSessionQueries;
import de.ladewerk.gateway.query.EndedSessions;
import de.ladewerk.gateway.session.SessionEnded;
import de.ladewerk.gateway.session.SessionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * {@link EndedSessions} over {@code ocpp.sessions}: one session through the same read the live hand-over
 * uses ({@link JooqSessionQueries#ended}), pages of ended ids for the catch-up.
 */
public final class JdbcEndedSessions implements EndedSessions {

    private static final String ENDED_SINCE = """
            SELECT s.id FROM ocpp.sessions s
             WHERE s.status = 'ENDED' AND s.ended_at >= ? AND s.id > ?
             ORDER BY s.id LIMIT ?""";

    private final DataSource dataSource;
    private final JooqSessionQueries sessions;

    public JdbcEndedSessions(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sessions = new JooqSessionQueries(DSL.using(dataSource, SQLDialect.POSTGRES));
    }

    /** Whether the gateway's session tables exist (a database migrated before sessions were stored has none). */
    private static boolean sessionsStored(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass('ocpp.sessions') IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    @Override
    public Optional<SessionEnded> find(SessionId id) {
        return sessions.ended(id.value());
    }

    @Override
    public List<SessionId> endedSince(Instant since, SessionId after, int limit) {
        List<SessionId> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            if (!sessionsStored(c)) {
                return ids;
            }
            try (PreparedStatement ps = c.prepareStatement(ENDED_SINCE)) {
                ps.setTimestamp(1, Timestamp.from(since));
                ps.setLong(2, after == null ? Long.MIN_VALUE : after.value());
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(new SessionId(rs.getLong(1)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list ended sessions: " + e.getMessage(), e);
        }
        return ids;
    }
}
