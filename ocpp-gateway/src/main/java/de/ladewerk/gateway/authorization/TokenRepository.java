package de.ladewerk.gateway.authorization;

import java.util.List;
import java.util.Optional;

/** The id-token store. Blocking: call from worker threads only. */
public interface TokenRepository {

    /**
     * The token a station presented. A 1.6 idTag ({@link IdTokenType#ID_TAG}) also matches an
     * ISO14443 token of the same value and vice versa (1.6 stations send RFID UIDs without a type);
     * an exact type match wins.
     */
    Optional<TokenRecord> lookup(IdToken presented);

    /** The token of exactly this type and value. */
    Optional<TokenRecord> find(IdToken token);

    /** Tokens ordered by type and value. */
    List<TokenRecord> list(int limit, int offset);

    long count();

    /** The given tokens that exist, in no particular order. */
    List<TokenRecord> findAll(List<IdToken> tokens);

    /**
     * Stores a new token.
     *
     * @throws TokenStoreException if it exists already or its parent does not exist
     */
    void create(TokenRecord token);

    /**
     * Replaces status, expiry, parent, customer reference and additional info of an existing token.
     *
     * @return false if there is no such token
     * @throws TokenStoreException if the new parent does not exist or is the token itself
     */
    boolean update(TokenRecord token);
}
