package de.ladewerk.gateway.authorization;

import de.ladewerk.gateway.command.CommandOutcomeListener;
import de.ladewerk.gateway.command.CommandResult;
import java.util.List;

/**
 * Records what a station's local list holds once it accepted a SendLocalList, whether the update was
 * built by {@link LocalListService} or written by an operator: the next differential update is
 * computed against it. One per version.
 */
public final class LocalListRecorder implements CommandOutcomeListener {

    private final LocalListDialect dialect;
    private final LocalListRepository lists;

    public LocalListRecorder(LocalListDialect dialect, LocalListRepository lists) {
        this.dialect = dialect;
        this.lists = lists;
    }

    @Override
    public Class<?> requestType() {
        return dialect.requestType();
    }

    @Override
    public void answered(CommandResult command) {
        if (!command.accepted()) {
            return;
        }
        LocalListDialect.Update update = dialect.read(command.request());
        List<LocalListEntry> now = update.full()
                ? update.changes().stream().filter(c -> !c.removal()).map(LocalListEntry.Change::entry).toList()
                : LocalListDiff.apply(lists.entries(command.stationId()), update.changes());
        lists.store(command.stationId(), update.version(), now);
    }
}
