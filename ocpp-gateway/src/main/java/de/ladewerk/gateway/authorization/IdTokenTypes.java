package de.ladewerk.gateway.authorization;

/**
 * Reads a token type as operators and both OCPP versions spell it: {@code ISO14443}, {@code eMAID},
 * {@code KeyCode}, {@code KEY_CODE}, {@code idTag}.
 */
public final class IdTokenTypes {

    private IdTokenTypes() {
    }

    /**
     * @throws IllegalArgumentException naming the accepted spellings
     */
    public static IdTokenType parse(String text) {
        return WireNames.match(IdTokenType.class, text).orElseThrow(() -> new IllegalArgumentException(
                "unknown token type '" + text + "'; one of CENTRAL, EMAID, ISO14443, ISO15693, KEY_CODE, LOCAL, "
                        + "MAC_ADDRESS, NO_AUTHORIZATION, ID_TAG"));
    }
}
