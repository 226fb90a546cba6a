package de.ladewerk.app.auth;

import java.util.List;
import java.util.Optional;

/** Stored operator accounts. Blocking: call from worker threads only. */
public interface UserRepository {

    /** A user with its password hash, for login. */
    record Credentials(User user, String passwordHash) {
    }

    /**
     * Adds a user.
     *
     * @throws IllegalStateException if the name is taken
     */
    User create(String username, String passwordHash, Role role, String createdBy);

    Optional<Credentials> find(String username);

    List<User> list();

    /** Sets a new password hash; false if there is no such user. */
    boolean changePassword(String username, String passwordHash);

    /** Removes the user; false if there was none. */
    boolean delete(String username);

    /** How many users have the admin role (the last one may not be removed). */
    int countAdmins();
}
