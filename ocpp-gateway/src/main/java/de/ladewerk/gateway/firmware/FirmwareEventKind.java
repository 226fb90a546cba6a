package de.ladewerk.gateway.firmware;

/** Which kind of status message a firmware or log event came from. */
public enum FirmwareEventKind {
    /** FirmwareStatusNotification (1.6 and 2.0.1). */
    FIRMWARE,
    /** SignedFirmwareStatusNotification (1.6 security extension). */
    SIGNED_FIRMWARE,
    /** DiagnosticsStatusNotification (1.6). */
    DIAGNOSTICS,
    /** LogStatusNotification (1.6 security extension and 2.0.1). */
    LOG,
    /** PublishFirmwareStatusNotification (2.0.1, local controllers). */
    PUBLISH_FIRMWARE
}
