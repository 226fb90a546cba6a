package de.ladewerk.simulator.station;

import java.time.Duration;

/** The CSMS did not answer a CALL within the call timeout; a late answer is dropped. */
public final class CallTimeoutException extends StationClientException {

    public CallTimeoutException(String action, String messageId, Duration timeout) {
        super(action + " (message id " + messageId + ") not answered within " + timeout.toMillis() + " ms");
    }
}
