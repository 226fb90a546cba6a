package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 MessageFormatEnumType. */
public enum MessageFormat {
    ASCII, HTML, URI, UTF8
}
