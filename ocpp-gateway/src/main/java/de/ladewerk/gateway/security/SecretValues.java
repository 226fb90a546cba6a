package de.ladewerk.gateway.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The values that are credentials: a station's Basic-auth password, sent as 1.6 ChangeConfiguration
 * {@code AuthorizationKey} or 2.0.1 SetVariables {@code SecurityCtrlr.BasicAuthPassword}. They go to the
 * station as given but never into the command audit or the device model in clear: only their hash is kept
 * (by the password rotation), so a database reader learns nothing to connect with.
 */
public final class SecretValues {

    /** What a recorded secret reads as. */
    public static final String MASK = "********";

    private static final String AUTHORIZATION_KEY = "AuthorizationKey";
    private static final String SECURITY_CONTROLLER = "SecurityCtrlr";
    private static final String BASIC_AUTH_PASSWORD = "BasicAuthPassword";

    private SecretValues() {
    }

    /** Whether a 2.0.1 variable holds a credential. */
    public static boolean isSecret(String component, String variable) {
        return SECURITY_CONTROLLER.equals(component) && BASIC_AUTH_PASSWORD.equals(variable);
    }

    /** A copy of the command's payload with credentials masked, for recording; the payload itself is not changed. */
    public static JsonNode masked(String action, JsonNode payload) {
        if (payload == null || !payload.isObject()) {
            return payload;
        }
        if ("ChangeConfiguration".equals(action) && AUTHORIZATION_KEY.equals(payload.path("key").asText())
                && payload.has("value")) {
            ObjectNode copy = payload.deepCopy();
            copy.put("value", MASK);
            return copy;
        }
        if ("SetVariables".equals(action) && payload.path("setVariableData").isArray()) {
            ObjectNode copy = payload.deepCopy();
            for (JsonNode item : copy.get("setVariableData")) {
                if (item.isObject() && isSecret(item.path("component").path("name").asText(),
                        item.path("variable").path("name").asText()) && item.has("attributeValue")) {
                    ((ObjectNode) item).put("attributeValue", MASK);
                }
            }
            return copy;
        }
        return payload;
    }
}
