package de.ladewerk.app.planning;

import de.ladewerk.gateway.persistence.Migrations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Test helper: the gateway's migrations, plus the session tables' preview while V4 is not on this branch. */
public final class SessionTables {

    private SessionTables() {
    }

    public static void migrate(DataSource ds) throws SQLException, IOException {
        Migrations.migrate(ds);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('ocpp.sessions') IS NOT NULL")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return;
                }
            }
            try (InputStream in = SessionTables.class.getResourceAsStream("/sessions-schema-preview.sql")) {
                st.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
