package de.ladewerk.ocpp.v201.firmware;

/** OCPP 2.0.1 PublishFirmwareStatusEnumType. */
public enum PublishFirmwareStatus {
    Idle,
    DownloadScheduled,
    Downloading,
    Downloaded,
    Published,
    DownloadFailed,
    DownloadPaused,
    InvalidChecksum,
    ChecksumVerified,
    PublishFailed
}
