package de.ladewerk.ocpp.v16.firmware;

/** OCPP 1.6 FirmwareStatus. */
public enum FirmwareStatus {
    Downloaded, DownloadFailed, Downloading, Idle, InstallationFailed, Installing, Installed
}
