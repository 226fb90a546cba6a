package de.ladewerk.gateway.command;

/**
 * Acts on the answer to one kind of command, e.g. records a reservation the station accepted. Each
 * listener names the request record it is for (one action of one version), so the command service
 * finds listeners by type, not by action name.
 */
public interface CommandOutcomeListener {

    /** The request record (e.g. {@code v16.reservation.ReserveNowRequest}) whose answers this listener wants. */
    Class<?> requestType();

    /**
     * Called once the station answered with a CALLRESULT and the outcome is committed, on a worker
     * thread (blocking is allowed). The request was validated before it was sent; the response is as
     * the station sent it. A failure is logged and does not change the command's outcome.
     */
    void answered(CommandResult command) throws Exception;
}
