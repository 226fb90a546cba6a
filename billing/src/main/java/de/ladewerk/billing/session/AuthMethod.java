package de.ladewerk.billing.session;

/** How a session was authorized (OCPI AuthMethod). */
public enum AuthMethod {
    /** Checked online with the CSMS (OCPP Authorize). */
    AUTH_REQUEST,
    /** Started remotely, e.g. from an app. */
    COMMAND,
    /** Accepted locally from a list or cache. */
    WHITELIST
}
