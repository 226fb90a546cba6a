package de.ladewerk.ocpp.v201.firmware;

/** OCPP 2.0.1 UnpublishFirmwareStatusEnumType. */
public enum UnpublishFirmwareStatus {
    DownloadOngoing, NoFirmware, Unpublished
}
