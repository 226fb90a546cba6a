package de.ladewerk.app.auth.persistence;

import de.ladewerk.app.auth.ApiToken;
import de.ladewerk.app.auth.ApiTokenRepository;
import de.ladewerk.app.auth.Role;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;

/** {@link ApiTokenRepository} on table {@code app.api_tokens}. */
public final class JooqApiTokenRepository implements ApiTokenRepository {

    private static final String COLUMNS = "id, name, role, created_at, created_by, last_used_at";

    private final DSLContext db;

    public JooqApiTokenRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public ApiToken create(String name, String secretSha256, Role role, String createdBy) {
        try {
            return token(db.fetchOne("INSERT INTO app.api_tokens (name, token_sha256, role, created_by) VALUES (?, ?, ?, ?) "
                    + "RETURNING " + COLUMNS, name, secretSha256, role.name(), createdBy));
        } catch (IntegrityConstraintViolationException e) {
            throw new IllegalStateException("a token named " + name + " exists already", e);
        }
    }

    @Override
    public Optional<ApiToken> use(String secretSha256) {
        return db.fetchOptional("UPDATE app.api_tokens SET last_used_at = now() WHERE token_sha256 = ? RETURNING " + COLUMNS,
                secretSha256).map(JooqApiTokenRepository::token);
    }

    @Override
    public List<ApiToken> list() {
        return db.fetch("SELECT " + COLUMNS + " FROM app.api_tokens ORDER BY name").map(JooqApiTokenRepository::token);
    }

    @Override
    public boolean delete(long id) {
        return db.execute("DELETE FROM app.api_tokens WHERE id = ?", id) == 1;
    }

    private static ApiToken token(Record r) {
        OffsetDateTime used = r.get("last_used_at", OffsetDateTime.class);
        return new ApiToken(r.get("id", Long.class), r.get("name", String.class), Role.valueOf(r.get("role", String.class)),
                r.get("created_at", OffsetDateTime.class).toInstant(), r.get("created_by", String.class),
                used == null ? null : used.toInstant());
    }
}
