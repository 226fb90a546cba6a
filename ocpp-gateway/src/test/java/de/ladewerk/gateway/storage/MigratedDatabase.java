package de.ladewerk.gateway.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.ladewerk.gateway.persistence.Migrations;
import de.ladewerk.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A fresh database with the gateway's migrations applied, and small JDBC helpers for the storage tests. */
final class MigratedDatabase implements AutoCloseable {

    final TestDatabase database;
    final HikariDataSource dataSource;

    MigratedDatabase(String prefix) {
        this(prefix, false);
    }

    /** @param plain a database that stays plain PostgreSQL even where the server offers TimescaleDB */
    MigratedDatabase(String prefix, boolean plain) {
        this(plain ? TestDatabase.createPlain(prefix) : TestDatabase.create(prefix));
        Migrations.migrate(dataSource);
    }

    /** An empty database, not migrated yet. */
    MigratedDatabase(TestDatabase database) {
        this.database = database;
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(database.jdbcUrl());
        hc.setUsername(database.user());
        hc.setPassword(database.password());
        hc.setMaximumPoolSize(4);
        dataSource = new HikariDataSource(hc);
    }

    /** Whether the migrations chose the TimescaleDB layout (recorded by V2). */
    boolean timescale() throws SQLException {
        return bool("SELECT timescaledb FROM ocpp.storage_layout");
    }

    void sql(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    boolean bool(String sql) throws SQLException {
        return Boolean.parseBoolean(first(sql).get(0));
    }

    long number(String sql) throws SQLException {
        return Long.parseLong(first(sql).get(0));
    }

    /** The first column of every row, as text. */
    List<String> first(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getObject(1) instanceof Boolean b ? b.toString() : rs.getString(1));
            }
        }
        return out;
    }

    @Override
    public void close() {
        dataSource.close();
        database.close();
    }
}
