package de.ladewerk.gateway.authorization;

/**
 * Kinds of identifiers. The 2.0.1 types map one to one; {@link #ID_TAG} is a 1.6 idTag, whose kind the
 * station does not say (in practice mostly an RFID UID, which is why a lookup of an ID_TAG also matches an
 * ISO14443 token of the same value).
 */
public enum IdTokenType {
    CENTRAL, EMAID, ISO14443, ISO15693, KEY_CODE, LOCAL, MAC_ADDRESS, NO_AUTHORIZATION, ID_TAG
}
