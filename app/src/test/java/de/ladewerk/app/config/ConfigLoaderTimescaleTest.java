package de.ladewerk.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.gateway.storage.TimescaleMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code database.timescale} / {@code LADEWERK_DB_TIMESCALE}: auto by default, off on request, a clear error otherwise. */
class ConfigLoaderTimescaleTest {

    @Test
    void autoByDefaultOffOnRequestAndAClearErrorForAnythingElse() {
        assertThat(new ConfigLoader(Map.of()).load(null).database().timescale()).isEqualTo(TimescaleMode.AUTO);
        assertThat(new ConfigLoader(Map.of("LADEWERK_DB_TIMESCALE", "OFF")).load(null).database().timescale())
                .isEqualTo(TimescaleMode.OFF);
        assertThatThrownBy(() -> new ConfigLoader(Map.of("LADEWERK_DB_TIMESCALE", "yes")).load(null))
                .hasMessageContaining("LADEWERK_DB_TIMESCALE").hasMessageContaining("must be auto or off");
    }
}
