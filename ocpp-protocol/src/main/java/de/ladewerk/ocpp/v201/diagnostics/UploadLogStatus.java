package de.ladewerk.ocpp.v201.diagnostics;

/** OCPP 2.0.1 UploadLogStatusEnumType. */
public enum UploadLogStatus {
    BadMessage,
    Idle,
    NotSupportedOperation,
    PermissionDenied,
    Uploaded,
    UploadFailure,
    Uploading,
    AcceptedCanceled
}
