package de.ladewerk.gateway.persistence;

import de.ladewerk.gateway.session.MeterSample;
import java.math.BigDecimal;
import java.time.Instant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Meter samples of a whole group commit as one {@code INSERT … SELECT FROM unnest(arrays)}: 14 array
 * parameters whatever the number of rows, so the statement is parsed and planned once per connection
 * (a prepared statement, not a new multi-row VALUES text per batch size) and sent in one round trip.
 * Duplicates (a retried MeterValues) are skipped by the unique index, also within one statement.
 */
final class MeterSampleRows {

    static final String INSERT = """
            INSERT INTO ocpp.meter_samples (time, session_id, station_id, evse_id, measurand, phase, location, context,
              unit, multiplier, value, normalized_value, normalized_unit, format)
            SELECT * FROM unnest(?::timestamptz[], ?::bigint[], ?::text[], ?::integer[], ?::text[], ?::text[],
              ?::text[], ?::text[], ?::text[], ?::integer[], ?::numeric[], ?::numeric[], ?::text[], ?::text[])
            ON CONFLICT DO NOTHING""";

    /** One sample of a station, in a session or not. */
    record Row(String stationId, Long sessionId, MeterSample sample) {
    }

    private MeterSampleRows() {
    }

    static GroupCommitWriter.Write write(String stationId, Long sessionId, MeterSample sample) {
        return GroupCommitWriter.Write.row(INSERT, MeterSampleRows::bind, new Row(stationId, sessionId, sample));
    }

    static void bind(PreparedStatement ps, List<Row> rows) throws SQLException {
        int n = rows.size();
        // times and numbers travel as text (exact: ISO instants with Z, plain decimals) and are cast by the server
        String[] time = new String[n];
        Long[] session = new Long[n];
        String[] station = new String[n];
        Integer[] evse = new Integer[n];
        String[] measurand = new String[n];
        String[] phase = new String[n];
        String[] location = new String[n];
        String[] context = new String[n];
        String[] unit = new String[n];
        Integer[] multiplier = new Integer[n];
        String[] value = new String[n];
        String[] normalized = new String[n];
        String[] normalizedUnit = new String[n];
        String[] format = new String[n];
        // the samples of one message share their time and mostly their value's spelling: format those once
        Instant lastTime = null;
        String lastTimeText = null;
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            MeterSample s = r.sample();
            if (!s.time().equals(lastTime)) {
                lastTime = s.time();
                lastTimeText = lastTime.toString();
            }
            time[i] = lastTimeText;
            session[i] = r.sessionId();
            station[i] = r.stationId();
            evse[i] = s.evseId();
            measurand[i] = s.measurand();
            phase[i] = s.phase();
            location[i] = s.location();
            context[i] = s.context();
            unit[i] = s.unit();
            multiplier[i] = s.multiplier();
            value[i] = s.value().toPlainString();
            BigDecimal normalizedValue = s.normalizedValue();
            normalized[i] = normalizedValue == s.value() ? value[i] : plain(normalizedValue);
            normalizedUnit[i] = s.normalizedUnit();
            format[i] = s.format();
        }
        Connection c = ps.getConnection();
        Object[][] columns = {time, session, station, evse, measurand, phase, location, context, unit, multiplier, value,
                normalized, normalizedUnit, format};
        for (int i = 0; i < columns.length; i++) {
            ps.setArray(i + 1, c.createArrayOf(sqlType(columns[i]), columns[i]));
        }
    }

    private static String sqlType(Object[] column) {
        return column instanceof Long[] ? "int8" : column instanceof Integer[] ? "int4" : "text";
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
