package de.ladewerk.gateway.datatransfer;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** Keeps every DataTransfer; the write completes after commit. */
public interface DataTransferStore {

    CompletionStage<Void> record(DataTransfer transfer);

    /** The newest first. Blocking: call from a worker thread. */
    List<DataTransfer> recent(String stationId, int limit);
}
