package de.ladewerk.simulator.load;

import de.ladewerk.simulator.station.CallErrorException;
import de.ladewerk.simulator.station.CallTimeoutException;
import de.ladewerk.simulator.station.ConnectionClosedException;
import de.ladewerk.simulator.station.InvalidAnswerException;
import de.ladewerk.simulator.station.UpgradeRejectedException;

/** Names a failure by kind, coarse enough that the report counts alike failures together. */
final class FailureKinds {

    private FailureKinds() {
    }

    static String of(Throwable failure) {
        if (failure instanceof UpgradeRejectedException) {
            return "upgrade refused (HTTP " + ((UpgradeRejectedException) failure).status() + ")";
        }
        if (failure instanceof CallErrorException) {
            return "CALLERROR " + ((CallErrorException) failure).errorCode();
        }
        if (failure instanceof InvalidAnswerException) {
            return "invalid answer (" + ((InvalidAnswerException) failure).kind() + ")";
        }
        if (failure instanceof CallTimeoutException) {
            return "timeout";
        }
        if (failure instanceof ConnectionClosedException) {
            return "connection closed";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
