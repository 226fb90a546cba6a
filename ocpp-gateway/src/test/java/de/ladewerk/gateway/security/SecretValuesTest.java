package de.ladewerk.gateway.security;

import static de.ladewerk.gateway.GatewayHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SecretValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"AuthorizationKey", "authorizationkey", "AUTHORIZATIONKEY", "BasicAuthPassword",
            "ClientSecret", "TlsPrivateKey", "VendorApiKey", "MqttPassphrase"})
    void aChangeConfigurationOfACredentialIsMaskedWhateverItsSpelling(String key) {
        JsonNode recorded = SecretValues.masked("ChangeConfiguration",
                json("{'key':'" + key + "','value':'s3cr3t-value'}"));
        assertThat(recorded.get("value").asText()).isEqualTo(SecretValues.MASK);
        assertThat(recorded.get("key").asText()).as("the key's name stays readable").isEqualTo(key);
    }

    @Test
    void ordinaryConfigurationIsRecordedAsSent() {
        JsonNode payload = json("{'key':'HeartbeatInterval','value':'300'}");
        assertThat(SecretValues.masked("ChangeConfiguration", payload)).isEqualTo(payload);
    }

    @Test
    void setVariablesMasksCredentialVariablesOnly() {
        JsonNode recorded = SecretValues.masked("SetVariables", json("{'setVariableData':["
                + "{'component':{'name':'SecurityCtrlr'},'variable':{'name':'BasicAuthPassword'},'attributeValue':'pw-1'},"
                + "{'component':{'name':'OCPPCommCtrlr'},'variable':{'name':'HeartbeatInterval'},'attributeValue':'60'}]}"));
        assertThat(recorded.at("/setVariableData/0/attributeValue").asText()).isEqualTo(SecretValues.MASK);
        assertThat(recorded.at("/setVariableData/1/attributeValue").asText()).isEqualTo("60");
    }

    @Test
    void credentialFieldsAnywhereInAPayloadAreMasked() {
        JsonNode payload = json("{'configurationSlot':1,'connectionData':{'ocppCsmsUrl':'wss://x','basicAuthPassword':'bp',"
                + "'apn':{'apn':'internet','apnPassword':'ap'},'vpn':{'server':'v','user':'u','password':'vp','key':'vk',"
                + "'type':'IPSec'}}}");
        JsonNode recorded = SecretValues.masked("SetNetworkProfile", payload);
        assertThat(recorded.at("/connectionData/basicAuthPassword").asText()).isEqualTo(SecretValues.MASK);
        assertThat(recorded.at("/connectionData/apn/apnPassword").asText()).isEqualTo(SecretValues.MASK);
        assertThat(recorded.at("/connectionData/vpn/password").asText()).isEqualTo(SecretValues.MASK);
        assertThat(recorded.at("/connectionData/vpn/key").asText()).isEqualTo(SecretValues.MASK);
        assertThat(recorded.at("/connectionData/vpn/user").asText()).isEqualTo("u");
        assertThat(payload.at("/connectionData/vpn/key").asText()).as("the sent payload is untouched").isEqualTo("vk");
    }
}
