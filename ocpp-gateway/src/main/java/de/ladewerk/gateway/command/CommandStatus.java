package de.ladewerk.gateway.command;

/** How a command ended; {@link #SENT} only while it waits for the station (or if the CSMS died meanwhile). */
public enum CommandStatus {
    /** Recorded and sent, no outcome yet. */
    SENT,
    /** The station answered with a CALLRESULT. */
    ANSWERED,
    /** The station answered with a CALLERROR. */
    CALL_ERROR,
    /** No answer within the call timeout (or too many calls queued for the station). */
    TIMEOUT,
    /** The station was not connected, or its connection closed before it answered. */
    OFFLINE,
    /** Not sent: the action is unknown or not sent by a CSMS in the station's version, or the payload is invalid. */
    INVALID
}
