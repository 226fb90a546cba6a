package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.display.DisplayMessage;
import de.ladewerk.gateway.display.DisplayMessageStore;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.display.MessageInfo;
import de.ladewerk.ocpp.v201.display.NotifyDisplayMessagesRequest;
import de.ladewerk.ocpp.v201.display.NotifyDisplayMessagesResponse;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.List;

/** OCPP 2.0.1 NotifyDisplayMessages: the station's display messages (answer to GetDisplayMessages), stored by id. */
public final class V201NotifyDisplayMessagesHandler
        implements CallHandler<NotifyDisplayMessagesRequest, NotifyDisplayMessagesResponse> {

    private final DisplayMessageStore store;
    private final Clock clock;

    public V201NotifyDisplayMessagesHandler(DisplayMessageStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Future<NotifyDisplayMessagesResponse> handle(StationSession session, NotifyDisplayMessagesRequest r) {
        List<MessageInfo> infos = r.messageInfo() == null ? List.of() : r.messageInfo();
        if (infos.isEmpty()) {
            return Future.succeededFuture(new NotifyDisplayMessagesResponse());
        }
        return Committed.on(store.reported(session.stationId(), clock.instant(), infos.stream()
                .map(m -> message(r.requestId(), m)).toList())).map(v -> new NotifyDisplayMessagesResponse());
    }

    private static DisplayMessage message(int requestId, MessageInfo m) {
        Component d = m.display();
        return new DisplayMessage(m.id(), requestId, m.priority().name(), m.state() == null ? null : m.state().name(),
                m.startDateTime(), m.endDateTime(), m.transactionId(), m.message().format().name(),
                m.message().language(), m.message().content(),
                d == null ? null : d.name() + (d.instance() == null ? "" : "/" + d.instance()));
    }
}
