package de.ladewerk.gateway.query.persistence;

import de.ladewerk.gateway.query.MonthlyPointsQueries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link MonthlyPointsQueries} in one plain-PostgreSQL statement. A station is first seen when its row was
 * created ({@code created_at}: registration by the operator or its first BootNotification); a month ends
 * at local midnight of the next month's first day in the given zone.
 */
public final class JdbcMonthlyPointsQueries implements MonthlyPointsQueries {

    /** Parameters: no-district label, first month, last month (timestamps at the months' first day), zone ×2. */
    static final String MONTHLY = """
            WITH months AS (
                SELECT m AS month_start FROM generate_series(CAST(? AS timestamp), CAST(? AS timestamp), INTERVAL '1 month') m),
            evses AS (
                SELECT DISTINCT c.station_id, c.evse_id, coalesce(nullif(st.district, ''), ?) AS district, st.created_at
                  FROM ocpp.connectors c JOIN ocpp.stations st ON st.id = c.station_id
                 WHERE c.evse_id > 0 AND st.registration_status = 'ACCEPTED'),
            bounds AS (
                SELECT month_start, month_start AT TIME ZONE ? AS starts, (month_start + INTERVAL '1 month') AT TIME ZONE ? AS ends
                  FROM months),
            counted AS (
                SELECT b.month_start, e.district,
                       count(*) FILTER (WHERE e.created_at < b.ends) AS installed,
                       count(*) FILTER (WHERE EXISTS (
                           SELECT 1 FROM ocpp.sessions s
                            WHERE s.station_id = e.station_id AND s.evse_id = e.evse_id
                              AND s.started_at >= b.starts AND s.started_at < b.ends)) AS used
                  FROM bounds b CROSS JOIN evses e
                 GROUP BY b.month_start, e.district)
            SELECT CAST(extract(year FROM month_start) AS int) AS y, CAST(extract(month FROM month_start) AS int) AS m,
                   district, installed, used
              FROM counted WHERE installed > 0 OR used > 0
             ORDER BY month_start, district""";

    private final DataSource dataSource;

    public JdbcMonthlyPointsQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Month> monthly(YearMonth from, YearMonth to, ZoneId zone, String noDistrict) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last month " + to + " is before the first " + from);
        }
        List<Month> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(MONTHLY)) {
            c.setReadOnly(true);
            ps.setString(1, from.atDay(1) + " 00:00:00");
            ps.setString(2, to.atDay(1) + " 00:00:00");
            ps.setString(3, noDistrict);
            ps.setString(4, zone.getId());
            ps.setString(5, zone.getId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Month(rs.getString("district"), YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                            rs.getLong("installed"), rs.getLong("used")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the monthly points of the measured network: " + e.getMessage(), e);
        }
        return out;
    }
}
