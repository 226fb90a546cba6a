package de.ladewerk.ocpp.v16.firmware;

/** OCPP 1.6 DiagnosticsStatus. */
public enum DiagnosticsStatus {
    Idle, Uploaded, UploadFailed, Uploading
}
