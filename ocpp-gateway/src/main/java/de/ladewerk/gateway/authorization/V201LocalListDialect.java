package de.ladewerk.gateway.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v201.authorization.AuthorizationData;
import de.ladewerk.ocpp.v201.authorization.SendLocalListRequest;
import de.ladewerk.ocpp.v201.authorization.UpdateType;
import de.ladewerk.ocpp.v201.common.IdTokenInfo;
import java.util.ArrayList;
import java.util.List;

/** OCPP 2.0.1 SendLocalList: typed idTokens with idTokenInfo (an entry without it is removed). */
final class V201LocalListDialect implements LocalListDialect {

    private static final PayloadCodec CODEC = new PayloadCodec(OcppVersion.V201);

    @Override
    public OcppVersion version() {
        return OcppVersion.V201;
    }

    @Override
    public Class<?> requestType() {
        return SendLocalListRequest.class;
    }

    @Override
    public List<LocalListEntry> fit(List<LocalListEntry> entries) {
        // the wire has no ID_TAG type: such tokens go out as ISO14443, so keep them that way here
        return entries.stream().map(e -> new LocalListEntry(onWire(e.token()), e.status(), e.expiresAt(),
                e.parent() == null ? null : onWire(e.parent()))).distinct().toList();
    }

    private static IdToken onWire(IdToken t) {
        return V201TokenMapping.token(V201TokenMapping.wire(t, List.of()));
    }

    @Override
    public JsonNode request(Update u) {
        List<AuthorizationData> data = u.changes().stream().map(c -> new AuthorizationData(
                V201TokenMapping.wire(c.token(), List.of()),
                c.removal() ? null : V201TokenMapping.info(c.entry().status(), c.entry().expiresAt(), c.entry().parent())))
                .toList();
        return CODEC.encode(new SendLocalListRequest(data.isEmpty() ? null : data, u.version(),
                u.full() ? UpdateType.Full : UpdateType.Differential));
    }

    @Override
    public Update read(JsonNode request) {
        SendLocalListRequest r = CODEC.decode(request, SendLocalListRequest.class);
        List<LocalListEntry.Change> changes = new ArrayList<>();
        for (AuthorizationData d : r.localAuthorizationList() == null ? List.<AuthorizationData>of() : r.localAuthorizationList()) {
            IdToken token = V201TokenMapping.token(d.idToken());
            IdTokenInfo info = d.idTokenInfo();
            changes.add(new LocalListEntry.Change(token, info == null ? null : new LocalListEntry(token,
                    V201TokenMapping.status(info.status()), info.cacheExpiryDateTime(),
                    info.groupIdToken() == null ? null : V201TokenMapping.token(info.groupIdToken()))));
        }
        return new Update(r.versionNumber(), r.updateType() == UpdateType.Full, changes);
    }
}
