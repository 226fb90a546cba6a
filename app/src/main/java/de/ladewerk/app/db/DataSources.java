package de.ladewerk.app.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.ladewerk.app.config.LadewerkConfig.DatabaseSettings;

/** The HikariCP pool every module's persistence shares. */
public final class DataSources {

    private DataSources() {
    }

    public static HikariDataSource pool(DatabaseSettings settings) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("ladewerk");
        c.setJdbcUrl(settings.url());
        c.setUsername(settings.user());
        c.setPassword(settings.password());
        c.setMaximumPoolSize(settings.poolSize());
        // an unreachable database fails an access after 5 s (HikariCP's default: 30 s); the gateway's breaker then
        // fails writes and handshakes at once until the database answers again
        c.setConnectionTimeout(5_000);
        // a JDBC batch of INSERTs becomes one multi-row INSERT: what group commit relies on
        c.addDataSourceProperty("reWriteBatchedInserts", "true");
        c.addDataSourceProperty("ApplicationName", "ladewerk");
        return new HikariDataSource(c);
    }
}
