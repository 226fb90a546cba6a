package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension FirmwareStatusEnumType, reported by SignedFirmwareStatusNotification. */
public enum SignedFirmwareStatus {
    Downloaded, DownloadFailed, Downloading, DownloadScheduled, DownloadPaused, Idle, InstallationFailed, Installing,
    Installed, InstallRebooting, InstallScheduled, InstallVerificationFailed, InvalidSignature, SignatureVerified
}
