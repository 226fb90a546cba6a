package de.ladewerk.gateway.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final IdToken CARD = new IdToken("04A2B3C4", IdTokenType.ISO14443);
    private static final IdToken FLEET = new IdToken("FLEET-7", IdTokenType.CENTRAL);

    private static TokenRecord token(IdToken t, TokenStatus status, Instant expires, IdToken parent) {
        return new TokenRecord(t, status, expires, parent, null, List.of(), null, null);
    }

    @Test
    void unknownTokenIsInvalid() {
        assertThat(TokenRules.evaluate(null, null, NOW)).isEqualTo(Authorization.invalid());
    }

    @Test
    void acceptedTokenIsCacheableUntilItsExpiryWithItsGroup() {
        Instant expiry = NOW.plusSeconds(3600);
        Authorization a = TokenRules.evaluate(token(CARD, TokenStatus.ACCEPTED, expiry, FLEET),
                token(FLEET, TokenStatus.ACCEPTED, null, null), NOW);
        assertThat(a).isEqualTo(new Authorization(AuthorizationStatus.ACCEPTED, expiry, FLEET));
    }

    @Test
    void theStoredStatusWinsOverEverythingElse() {
        assertThat(TokenRules.evaluate(token(CARD, TokenStatus.BLOCKED, null, null), null, NOW).status())
                .isEqualTo(AuthorizationStatus.BLOCKED);
        assertThat(TokenRules.evaluate(token(CARD, TokenStatus.EXPIRED, NOW.plusSeconds(60), null), null, NOW).status())
                .isEqualTo(AuthorizationStatus.EXPIRED);
        assertThat(TokenRules.evaluate(token(CARD, TokenStatus.INVALID, null, null), null, NOW).status())
                .isEqualTo(AuthorizationStatus.INVALID);
    }

    @Test
    void aPassedExpiryDateMakesAnAcceptedTokenExpired() {
        Authorization a = TokenRules.evaluate(token(CARD, TokenStatus.ACCEPTED, NOW, null), null, NOW);
        assertThat(a.status()).isEqualTo(AuthorizationStatus.EXPIRED);
        assertThat(a.expiresAt()).isNull();
        assertThat(TokenRules.evaluate(token(CARD, TokenStatus.ACCEPTED, NOW.plusMillis(1), null), null, NOW).status())
                .isEqualTo(AuthorizationStatus.ACCEPTED);
    }

    @Test
    void aBlockedParentBlocksTheChild() {
        Authorization a = TokenRules.evaluate(token(CARD, TokenStatus.ACCEPTED, null, FLEET),
                token(FLEET, TokenStatus.BLOCKED, null, null), NOW);
        assertThat(a.status()).isEqualTo(AuthorizationStatus.BLOCKED);
        assertThat(a.groupToken()).isEqualTo(FLEET);
    }

    @Test
    void anExpiredParentExpiresTheChildAndAnEarlierParentExpiryLimitsCaching() {
        assertThat(TokenRules.evaluate(token(CARD, TokenStatus.ACCEPTED, null, FLEET),
                token(FLEET, TokenStatus.ACCEPTED, NOW.minusSeconds(1), null), NOW).status())
                .isEqualTo(AuthorizationStatus.EXPIRED);
        Instant parentExpiry = NOW.plusSeconds(60);
        assertThat(TokenRules.evaluate(token(CARD, TokenStatus.ACCEPTED, NOW.plusSeconds(3600), FLEET),
                token(FLEET, TokenStatus.ACCEPTED, parentExpiry, null), NOW).expiresAt()).isEqualTo(parentExpiry);
    }

    @Test
    void tokenTypesAreReadInEverySpelling() {
        assertThat(IdTokenTypes.parse("eMAID")).isEqualTo(IdTokenType.EMAID);
        assertThat(IdTokenTypes.parse("KeyCode")).isEqualTo(IdTokenType.KEY_CODE);
        assertThat(IdTokenTypes.parse("key_code")).isEqualTo(IdTokenType.KEY_CODE);
        assertThat(IdTokenTypes.parse("idTag")).isEqualTo(IdTokenType.ID_TAG);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IdTokenTypes.parse("RFID"))
                .hasMessageContaining("unknown token type 'RFID'");
    }

    @Test
    void statusesMapToEachVersion() {
        assertThat(V16TokenMapping.status(AuthorizationStatus.NO_CREDIT))
                .isEqualTo(de.ladewerk.ocpp.v16.types.AuthorizationStatus.Invalid);
        assertThat(V16TokenMapping.status(AuthorizationStatus.CONCURRENT_TX))
                .isEqualTo(de.ladewerk.ocpp.v16.types.AuthorizationStatus.ConcurrentTx);
        for (AuthorizationStatus s : AuthorizationStatus.values()) {
            assertThat(V201TokenMapping.status(V201TokenMapping.status(s))).isEqualTo(s);
        }
    }
}
