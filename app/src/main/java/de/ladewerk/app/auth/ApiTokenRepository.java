package de.ladewerk.app.auth;

import java.util.List;
import java.util.Optional;

/** Stored API tokens, by the SHA-256 of their secret. Blocking: call from worker threads only. */
public interface ApiTokenRepository {

    /**
     * Adds a token.
     *
     * @throws IllegalStateException if the name is taken
     */
    ApiToken create(String name, String secretSha256, Role role, String createdBy);

    /** The token with this secret hash, and records that it was used. */
    Optional<ApiToken> use(String secretSha256);

    List<ApiToken> list();

    /** Revokes the token; false if there was none. */
    boolean delete(long id);
}
