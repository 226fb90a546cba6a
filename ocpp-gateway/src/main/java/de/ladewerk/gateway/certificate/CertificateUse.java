package de.ladewerk.gateway.certificate;

/** What a station certificate is for; the versions' enums map to it. */
public enum CertificateUse {
    /** The station's TLS client certificate (security profile 3); 1.6 knows only this one. */
    CHARGING_STATION,
    /** The ISO 15118 (V2G) certificate of the station's EVSE-side communication. */
    V2G
}
