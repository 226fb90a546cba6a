package de.ladewerk.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DriverTokensTest {

    private final DriverTokens tokens = new DriverTokens(new Scenario.IdTokens("T-", 3));

    @Test
    void aTokenInUseElsewhereIsReplacedByTheNextFreeOneUntilItIsReleased() {
        assertThat(tokens.claim("T-2")).isEqualTo("T-2");
        assertThat(tokens.claim("T-2")).isEqualTo("T-3");
        assertThat(tokens.claim("T-2")).as("wraps around").isEqualTo("T-1");
        assertThat(tokens.claim("T-2")).as("all in use: no way around a collision").isEqualTo("T-2");
        tokens.release("T-3");
        assertThat(tokens.claim("T-1")).isEqualTo("T-3");
    }
}
