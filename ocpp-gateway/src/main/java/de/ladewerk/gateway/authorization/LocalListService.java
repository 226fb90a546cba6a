package de.ladewerk.gateway.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.ladewerk.gateway.command.CommandResult;
import de.ladewerk.gateway.command.CommandService;
import de.ladewerk.ocpp.OcppVersion;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds SendLocalList updates from the token store and sends them through the {@link CommandService}
 * (so they are recorded like any command). A full update carries every wanted entry; a differential
 * one only what differs from the list the station accepted last. The new version is the last
 * accepted one plus one; {@link LocalListRecorder} records it once the station accepts.
 */
public final class LocalListService {

    /** Most entries one update may carry; larger lists need the station's LocalAuthListMaxLength anyway. */
    public static final int MAX_ENTRIES = 10_000;
    private static final String ACTION = "SendLocalList";

    private final TokenRepository tokens;
    private final LocalListRepository lists;
    private final CommandService commands;
    private final WorkerExecutor blocking;
    private final Clock clock;

    public LocalListService(TokenRepository tokens, LocalListRepository lists, CommandService commands,
                            WorkerExecutor blocking, Clock clock) {
        this.tokens = tokens;
        this.lists = lists;
        this.commands = commands;
        this.blocking = blocking;
        this.clock = clock;
    }

    /**
     * Sends the station a full or differential update.
     *
     * @param wanted the tokens the list should hold, or {@code null} for every stored token
     * @return the recorded command; fails with {@link IllegalArgumentException} for unknown tokens
     *         or a list that is too long
     */
    public Future<CommandResult> push(String stationId, boolean full, List<IdToken> wanted, String requestedBy) {
        Optional<OcppVersion> version = commands.connectedVersion(stationId);
        if (version.isEmpty()) {
            // recorded as an offline command (or refused for an unknown station) like any other
            return commands.send(stationId, ACTION, JsonNodeFactory.instance.objectNode(), requestedBy);
        }
        LocalListDialect dialect = LocalListDialect.of(version.get());
        return blocking.executeBlocking(() -> update(stationId, dialect, full, wanted), false)
                .compose(payload -> commands.send(stationId, ACTION, payload, requestedBy));
    }

    /** The SendLocalList payload for the station now; blocking. */
    JsonNode update(String stationId, LocalListDialect dialect, boolean full, List<IdToken> wanted) {
        List<LocalListEntry> entries = dialect.fit(entries(wanted, clock.instant()));
        List<LocalListEntry.Change> changes = full
                ? entries.stream().map(e -> new LocalListEntry.Change(e.token(), e)).toList()
                : LocalListDiff.between(lists.entries(stationId), entries);
        return dialect.request(new LocalListDialect.Update(lists.version(stationId) + 1, full, changes));
    }

    private List<LocalListEntry> entries(List<IdToken> wanted, Instant now) {
        List<TokenRecord> found;
        if (wanted == null) {
            found = tokens.list(MAX_ENTRIES + 1, 0);
        } else {
            found = tokens.findAll(wanted);
            List<IdToken> missing = new ArrayList<>(wanted);
            found.forEach(t -> missing.remove(t.token()));
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("unknown tokens: " + missing.stream()
                        .map(t -> t.type() + " " + t.value()).toList());
            }
        }
        if (found.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("a local list holds at most " + MAX_ENTRIES + " entries");
        }
        Map<IdToken, TokenRecord> parents = new HashMap<>();
        tokens.findAll(found.stream().map(TokenRecord::parent).filter(Objects::nonNull).distinct().toList())
                .forEach(p -> parents.put(p.token(), p));
        return found.stream().map(t -> LocalListEntry.of(t, t.parent() == null ? null : parents.get(t.parent()), now))
                .toList();
    }
}
