package de.ladewerk.gateway.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v16.localauth.AuthorizationData;
import de.ladewerk.ocpp.v16.localauth.SendLocalListRequest;
import de.ladewerk.ocpp.v16.localauth.UpdateType;
import de.ladewerk.ocpp.v16.types.IdTagInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OCPP 1.6 SendLocalList. 1.6 lists hold bare idTags, so entries are kept as {@link IdTokenType#ID_TAG}
 * tokens: a list built from the store and one an operator sent by hand compare equal.
 */
final class V16LocalListDialect implements LocalListDialect {

    private static final PayloadCodec CODEC = new PayloadCodec(OcppVersion.V16);

    @Override
    public OcppVersion version() {
        return OcppVersion.V16;
    }

    @Override
    public Class<?> requestType() {
        return SendLocalListRequest.class;
    }

    @Override
    public List<LocalListEntry> fit(List<LocalListEntry> entries) {
        Map<String, LocalListEntry> byTag = new LinkedHashMap<>();
        for (LocalListEntry e : entries) {
            if (e.token().value().length() <= V16TokenMapping.MAX_ID_TAG) {
                IdToken parent = e.parent() == null || e.parent().value().length() > V16TokenMapping.MAX_ID_TAG
                        ? null : IdToken.idTag(e.parent().value());
                byTag.putIfAbsent(e.token().value(),
                        new LocalListEntry(IdToken.idTag(e.token().value()), e.status(), e.expiresAt(), parent));
            }
        }
        return List.copyOf(byTag.values());
    }

    @Override
    public JsonNode request(Update u) {
        List<AuthorizationData> data = u.changes().stream().map(c -> new AuthorizationData(c.token().value(),
                c.removal() ? null : V16TokenMapping.info(c.entry().status(), c.entry().expiresAt(), c.entry().parent())))
                .toList();
        return CODEC.encode(new SendLocalListRequest(u.version(), data, u.full() ? UpdateType.Full : UpdateType.Differential));
    }

    @Override
    public Update read(JsonNode request) {
        SendLocalListRequest r = CODEC.decode(request, SendLocalListRequest.class);
        List<LocalListEntry.Change> changes = new ArrayList<>();
        for (AuthorizationData d : r.localAuthorizationList() == null ? List.<AuthorizationData>of() : r.localAuthorizationList()) {
            IdToken token = IdToken.idTag(d.idTag());
            IdTagInfo info = d.idTagInfo();
            changes.add(new LocalListEntry.Change(token, info == null ? null : new LocalListEntry(token,
                    V16TokenMapping.status(info.status()), info.expiryDate(),
                    info.parentIdTag() == null ? null : IdToken.idTag(info.parentIdTag()))));
        }
        return new Update(r.listVersion(), r.updateType() == UpdateType.Full, changes);
    }
}
