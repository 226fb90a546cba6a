package de.ladewerk.gateway.authorization;

import de.ladewerk.ocpp.v201.common.AdditionalInfo;
import de.ladewerk.ocpp.v201.common.IdTokenInfo;
import java.time.Instant;
import java.util.List;

/** Version-neutral tokens and answers ↔ OCPP 2.0.1 IdToken / IdTokenInfo. */
public final class V201TokenMapping {

    private V201TokenMapping() {
    }

    /** A 2.0.1 idToken as the domain sees it. */
    public static IdToken token(de.ladewerk.ocpp.v201.common.IdToken wire) {
        return new IdToken(wire.idToken(), IdTokenTypes.parse(wire.type().name()));
    }

    /** A domain token on the 2.0.1 wire; a 1.6 idTag (type unknown) goes out as ISO14443, the usual RFID UID. */
    public static de.ladewerk.ocpp.v201.common.IdToken wire(IdToken token, List<AdditionalIdToken> additionalInfo) {
        de.ladewerk.ocpp.v201.common.IdTokenType type = token.type() == IdTokenType.ID_TAG
                ? de.ladewerk.ocpp.v201.common.IdTokenType.ISO14443
                : WireNames.match(de.ladewerk.ocpp.v201.common.IdTokenType.class, token.type().name()).orElseThrow();
        List<AdditionalInfo> info = additionalInfo == null || additionalInfo.isEmpty() ? null
                : additionalInfo.stream().map(a -> new AdditionalInfo(a.additionalIdToken(), a.type())).toList();
        return new de.ladewerk.ocpp.v201.common.IdToken(token.value(), type, info);
    }

    public static de.ladewerk.ocpp.v201.common.AuthorizationStatus status(AuthorizationStatus status) {
        return WireNames.match(de.ladewerk.ocpp.v201.common.AuthorizationStatus.class, status.name()).orElseThrow();
    }

    public static AuthorizationStatus status(de.ladewerk.ocpp.v201.common.AuthorizationStatus status) {
        return WireNames.match(AuthorizationStatus.class, status.name()).orElseThrow();
    }

    /** The idTokenInfo of an answer: status, cacheExpiryDateTime and groupIdToken. */
    public static IdTokenInfo idTokenInfo(Authorization a) {
        return info(a.status(), a.expiresAt(), a.groupToken());
    }

    static IdTokenInfo info(AuthorizationStatus status, Instant expiresAt, IdToken group) {
        return new IdTokenInfo(status(status), expiresAt, null, null, null,
                group == null ? null : wire(group, List.of()), null, null);
    }
}
