package de.ladewerk.gateway.display;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The display messages each station reported, by message id. Writes complete after commit; reads block. */
public interface DisplayMessageStore {

    CompletionStage<Void> reported(String stationId, Instant at, List<DisplayMessage> messages);

    List<DisplayMessage> messages(String stationId);
}
