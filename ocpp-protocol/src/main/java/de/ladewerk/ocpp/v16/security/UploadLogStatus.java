package de.ladewerk.ocpp.v16.security;

/** OCPP 1.6 security extension UploadLogStatusEnumType. */
public enum UploadLogStatus {
    BadMessage, Idle, NotSupportedOperation, PermissionDenied, Uploaded, UploadFailure, Uploading
}
