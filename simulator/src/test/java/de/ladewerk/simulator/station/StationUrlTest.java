package de.ladewerk.simulator.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class StationUrlTest {

    @Test
    void keepsUnreservedCharactersAndEncodesEverythingElse() {
        assertThat(StationUrl.encodeSegment("CP-01_a.b~c")).isEqualTo("CP-01_a.b~c");
        assertThat(StationUrl.encodeSegment("a b/c:d%e+f?g#h")).isEqualTo("a%20b%2Fc%3Ad%25e%2Bf%3Fg%23h");
        assertThat(StationUrl.encodeSegment("Wolfsburg-Süd")).isEqualTo("Wolfsburg-S%C3%BCd");
    }

    @Test
    void appendsTheIdentityAsLastSegment() {
        assertThat(StationUrl.requestUri(URI.create("ws://h:1/ocpp"), "CP 1")).isEqualTo("/ocpp/CP%201");
        assertThat(StationUrl.requestUri(URI.create("ws://h:1/ocpp/"), "CP1")).isEqualTo("/ocpp/CP1");
        assertThat(StationUrl.requestUri(URI.create("ws://h:1"), "CP1")).isEqualTo("/CP1");
        assertThat(StationUrl.port(URI.create("wss://h/ocpp"))).isEqualTo(443);
    }
}
