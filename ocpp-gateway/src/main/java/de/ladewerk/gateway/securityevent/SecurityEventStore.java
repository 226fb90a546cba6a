package de.ladewerk.gateway.securityevent;

import java.util.concurrent.CompletionStage;

/** Where reported security events are written; the stage completes after commit. */
public interface SecurityEventStore {

    CompletionStage<Void> store(SecurityEvent event);
}
