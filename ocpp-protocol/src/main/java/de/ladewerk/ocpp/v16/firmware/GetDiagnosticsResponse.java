package de.ladewerk.ocpp.v16.firmware;

import de.ladewerk.ocpp.validation.MaxLength;

/** OCPP 1.6 GetDiagnostics.conf with the file name, absent when there is nothing to upload. */
public record GetDiagnosticsResponse(
        @MaxLength(255) String fileName) {
}
