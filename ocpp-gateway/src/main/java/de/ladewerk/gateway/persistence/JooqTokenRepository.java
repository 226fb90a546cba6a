package de.ladewerk.gateway.persistence;

import static de.ladewerk.gateway.persistence.Timestamps.instant;
import static de.ladewerk.gateway.persistence.Timestamps.odt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ladewerk.gateway.authorization.AdditionalIdToken;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenType;
import de.ladewerk.gateway.authorization.TokenRecord;
import de.ladewerk.gateway.authorization.TokenRepository;
import de.ladewerk.gateway.authorization.TokenStatus;
import de.ladewerk.gateway.authorization.TokenStoreException;
import de.ladewerk.gateway.persistence.TokenTables.IdTokens;
import de.ladewerk.ocpp.json.OcppJson;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** {@link TokenRepository} on PostgreSQL through jOOQ. */
public final class JooqTokenRepository implements TokenRepository {

    private static final ObjectMapper JSON = OcppJson.mapper();
    private static final List<String> RFID_ALIKE = List.of(IdTokenType.ID_TAG.name(), IdTokenType.ISO14443.name());

    private final DSLContext db;

    public JooqTokenRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<TokenRecord> lookup(IdToken presented) {
        if (!RFID_ALIKE.contains(presented.type().name())) {
            return find(presented);
        }
        return db.select().from(IdTokens.TABLE)
                .where(IdTokens.VALUE.eq(presented.value()).and(IdTokens.TYPE.in(RFID_ALIKE)))
                .orderBy(DSL.when(IdTokens.TYPE.eq(presented.type().name()), 0).otherwise(1))
                .limit(1).fetchOptional(JooqTokenRepository::record);
    }

    @Override
    public Optional<TokenRecord> find(IdToken token) {
        return db.select().from(IdTokens.TABLE).where(is(token)).fetchOptional(JooqTokenRepository::record);
    }

    @Override
    public List<TokenRecord> list(int limit, int offset) {
        return db.select().from(IdTokens.TABLE).orderBy(IdTokens.TYPE, IdTokens.VALUE).limit(limit).offset(offset)
                .fetch(JooqTokenRepository::record);
    }

    @Override
    public long count() {
        return db.fetchCount(IdTokens.TABLE);
    }

    @Override
    public List<TokenRecord> findAll(List<IdToken> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        return db.select().from(IdTokens.TABLE).where(DSL.or(tokens.stream().map(JooqTokenRepository::is).toList()))
                .fetch(JooqTokenRepository::record);
    }

    @Override
    public void create(TokenRecord t) {
        try {
            db.insertInto(IdTokens.TABLE)
                    .set(IdTokens.TYPE, t.token().type().name()).set(IdTokens.VALUE, t.token().value())
                    .set(IdTokens.STATUS, t.status().name()).set(IdTokens.EXPIRES_AT, odt(t.expiresAt()))
                    .set(IdTokens.PARENT_TYPE, t.parent() == null ? null : t.parent().type().name())
                    .set(IdTokens.PARENT_VALUE, t.parent() == null ? null : t.parent().value())
                    .set(IdTokens.CUSTOMER_REF, t.customerRef()).set(IdTokens.ADDITIONAL_INFO, json(t.additionalInfo()))
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            throw refused(t, e);
        }
    }

    @Override
    public boolean update(TokenRecord t) {
        try {
            return db.update(IdTokens.TABLE)
                    .set(IdTokens.STATUS, t.status().name()).set(IdTokens.EXPIRES_AT, odt(t.expiresAt()))
                    .set(IdTokens.PARENT_TYPE, t.parent() == null ? null : t.parent().type().name())
                    .set(IdTokens.PARENT_VALUE, t.parent() == null ? null : t.parent().value())
                    .set(IdTokens.CUSTOMER_REF, t.customerRef()).set(IdTokens.ADDITIONAL_INFO, json(t.additionalInfo()))
                    .set(IdTokens.UPDATED_AT, OffsetDateTime.now())
                    .where(is(t.token())).execute() == 1;
        } catch (IntegrityConstraintViolationException e) {
            throw refused(t, e);
        }
    }

    private static TokenStoreException refused(TokenRecord t, IntegrityConstraintViolationException e) {
        String what = t.token().type() + " " + t.token().value();
        String m = String.valueOf(e.getMessage());
        if (m.contains("id_tokens_pkey")) {
            return new TokenStoreException("token " + what + " exists already");
        }
        if (t.parent() != null && m.contains("foreign key")) {
            return new TokenStoreException("parent token " + t.parent().type() + " " + t.parent().value()
                    + " does not exist");
        }
        return new TokenStoreException("token " + what + " refused: " + e.getCause().getMessage());
    }

    private static Condition is(IdToken token) {
        return IdTokens.TYPE.eq(token.type().name()).and(IdTokens.VALUE.eq(token.value()));
    }

    private static TokenRecord record(Record r) {
        String parentType = r.get(IdTokens.PARENT_TYPE);
        return new TokenRecord(new IdToken(r.get(IdTokens.VALUE), IdTokenType.valueOf(r.get(IdTokens.TYPE))),
                TokenStatus.valueOf(r.get(IdTokens.STATUS)), instant(r.get(IdTokens.EXPIRES_AT)),
                parentType == null ? null : new IdToken(r.get(IdTokens.PARENT_VALUE), IdTokenType.valueOf(parentType)),
                r.get(IdTokens.CUSTOMER_REF), additionalInfo(r.get(IdTokens.ADDITIONAL_INFO)),
                instant(r.get(IdTokens.CREATED_AT)), instant(r.get(IdTokens.UPDATED_AT)));
    }

    private static JSONB json(List<AdditionalIdToken> info) {
        if (info.isEmpty()) {
            return null;
        }
        try {
            return JSONB.valueOf(JSON.writeValueAsString(info));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<AdditionalIdToken> additionalInfo(JSONB json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json.data(), new TypeReference<List<AdditionalIdToken>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable additional_info: " + e.getOriginalMessage(), e);
        }
    }
}
