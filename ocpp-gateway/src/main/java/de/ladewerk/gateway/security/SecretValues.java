package de.ladewerk.gateway.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values that are credentials: a station's Basic-auth password (1.6 ChangeConfiguration
 * {@code AuthorizationKey}, 2.0.1 SetVariables {@code SecurityCtrlr.BasicAuthPassword}), but also any
 * configuration key, variable or payload field whose name says password, secret, passphrase, private
 * key or authorization key, whatever the spelling ({@code authorizationkey}, {@code apnPassword},
 * {@code ClientSecret}). They go to the station as given but never into the command audit or the device
 * model in clear, so a database reader learns nothing to connect with.
 */
public final class SecretValues {

    /** What a recorded secret reads as. */
    public static final String MASK = "********";

    /** Lower-case name parts that mark a credential; matched as substrings. */
    static final List<String> FAMILIES = List.of("password", "passwd", "passphrase", "secret", "authorizationkey",
            "authkey", "privatekey", "private_key", "apikey", "api_key", "credential", "keymaterial");

    private SecretValues() {
    }

    /** Whether a name (configuration key, variable, field) says it holds a credential. */
    public static boolean isSecretName(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return FAMILIES.stream().anyMatch(n::contains);
    }

    /** Whether a 2.0.1 variable holds a credential. */
    public static boolean isSecret(String component, String variable) {
        return isSecretName(variable) || isSecretName(component);
    }

    /** A copy of the command's payload with credentials masked, for recording; the payload itself is not changed. */
    public static JsonNode masked(String action, JsonNode payload) {
        if (payload == null || !payload.isObject()) {
            return payload;
        }
        ObjectNode copy = payload.deepCopy();
        if ("ChangeConfiguration".equals(action) && isSecretName(copy.path("key").asText()) && copy.has("value")) {
            copy.put("value", MASK);
        }
        if ("SetVariables".equals(action) && copy.path("setVariableData").isArray()) {
            for (JsonNode item : copy.get("setVariableData")) {
                if (item.isObject() && isSecret(item.path("component").path("name").asText(),
                        item.path("variable").path("name").asText()) && item.has("attributeValue")) {
                    ((ObjectNode) item).put("attributeValue", MASK);
                }
            }
        }
        maskFields(copy, null);
        return copy;
    }

    /** Masks every field named like a credential, and a VPN's {@code key} (2.0.1 SetNetworkProfile). */
    private static void maskFields(JsonNode node, String parentName) {
        if (node.isArray()) {
            node.forEach(item -> maskFields(item, parentName));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String name = field.getKey();
            boolean vpnKey = "key".equals(name) && "vpn".equalsIgnoreCase(parentName);
            if ((isSecretName(name) || vpnKey) && field.getValue().isValueNode() && !field.getValue().isNull()) {
                field.setValue(object.textNode(MASK));
            } else {
                maskFields(field.getValue(), name);
            }
        }
    }
}
