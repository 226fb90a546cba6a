package de.ladewerk.ocpp.v201.common;

/** OCPP 2.0.1 IdTokenEnumType: how an idToken was obtained and is to be read. */
public enum IdTokenType {
    Central, eMAID, ISO14443, ISO15693, KeyCode, Local, MacAddress, NoAuthorization
}
