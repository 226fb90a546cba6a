package de.ladewerk.gateway.pnc;

/** What an OCSP responder said of one certificate, or that no trustworthy answer could be had. */
public enum OcspStatus {
    /** The responder vouches for the certificate. */
    GOOD,
    /** The responder says the certificate is revoked. */
    REVOKED,
    /** The responder does not know the certificate. */
    UNKNOWN,
    /** No answer, or one Ladewerk cannot trust (unreachable responder, bad signature, wrong certificate). */
    UNAVAILABLE
}
