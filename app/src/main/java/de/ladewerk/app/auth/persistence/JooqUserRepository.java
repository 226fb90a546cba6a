package de.ladewerk.app.auth.persistence;

import de.ladewerk.app.auth.Role;
import de.ladewerk.app.auth.User;
import de.ladewerk.app.auth.UserRepository;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;

/** {@link UserRepository} on table {@code app.users}. */
public final class JooqUserRepository implements UserRepository {

    private static final String COLUMNS = "id, username, role, created_at, created_by";

    private final DSLContext db;

    public JooqUserRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public User create(String username, String passwordHash, Role role, String createdBy) {
        try {
            return user(db.fetchOne("INSERT INTO app.users (username, password_hash, role, created_by) VALUES (?, ?, ?, ?) "
                    + "RETURNING " + COLUMNS, username, passwordHash, role.name(), createdBy));
        } catch (IntegrityConstraintViolationException e) {
            throw new IllegalStateException("user " + username + " exists already", e);
        }
    }

    @Override
    public Optional<Credentials> find(String username) {
        return db.fetchOptional("SELECT " + COLUMNS + ", password_hash FROM app.users WHERE username = ?", username)
                .map(r -> new Credentials(user(r), r.get("password_hash", String.class)));
    }

    @Override
    public List<User> list() {
        return db.fetch("SELECT " + COLUMNS + " FROM app.users ORDER BY username").map(JooqUserRepository::user);
    }

    @Override
    public boolean changePassword(String username, String passwordHash) {
        return db.execute("UPDATE app.users SET password_hash = ? WHERE username = ?", passwordHash, username) == 1;
    }

    @Override
    public boolean delete(String username) {
        return db.execute("DELETE FROM app.users WHERE username = ?", username) == 1;
    }

    @Override
    public int countAdmins() {
        return db.fetchOne("SELECT count(*) AS n FROM app.users WHERE role = 'ADMIN'").get("n", Integer.class);
    }

    private static User user(Record r) {
        return new User(r.get("id", Long.class), r.get("username", String.class), Role.valueOf(r.get("role", String.class)),
                r.get("created_at", OffsetDateTime.class).toInstant(), r.get("created_by", String.class));
    }
}
