package de.ladewerk.gateway.authorization;

import de.ladewerk.ocpp.v16.types.IdTagInfo;
import java.time.Instant;

/** Version-neutral authorization ↔ OCPP 1.6 idTagInfo; shared by Authorize, transactions and local lists. */
public final class V16TokenMapping {

    /** The longest idTag 1.6 carries (CiString20). */
    public static final int MAX_ID_TAG = 20;

    private V16TokenMapping() {
    }

    /** 1.6 knows five statuses; the 2.0.1-only ones (NoCredit, NotAtThisTime, …) become Invalid. */
    public static de.ladewerk.ocpp.v16.types.AuthorizationStatus status(AuthorizationStatus status) {
        return WireNames.match(de.ladewerk.ocpp.v16.types.AuthorizationStatus.class, status.name())
                .orElse(de.ladewerk.ocpp.v16.types.AuthorizationStatus.Invalid);
    }

    public static AuthorizationStatus status(de.ladewerk.ocpp.v16.types.AuthorizationStatus status) {
        return WireNames.match(AuthorizationStatus.class, status.name()).orElseThrow();
    }

    /** The idTagInfo of an answer; a parent too long for 1.6 is left out. */
    public static IdTagInfo idTagInfo(Authorization a) {
        return info(a.status(), a.expiresAt(), a.groupToken());
    }

    static IdTagInfo info(AuthorizationStatus status, Instant expiresAt, IdToken parent) {
        String parentTag = parent == null || parent.value().length() > MAX_ID_TAG ? null : parent.value();
        return new IdTagInfo(expiresAt, parentTag, status(status));
    }
}
