package de.ladewerk.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.app.config.LadewerkConfig;
import org.junit.jupiter.api.Test;

/** The operator's optional map tile URL: validated at start-up, and its server allowed for images only. */
class MapTileSettingsTest {

    @Test
    void theTileServerBecomesTheOnlyForeignImageSource() {
        assertThat(StaticRoutes.tileOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png")).isEqualTo("https://*.tile.example.org");
        assertThat(StaticRoutes.tileOrigin("http://tiles.local:8081/wob/{z}/{x}/{y}.png")).isEqualTo("http://tiles.local:8081");
    }

    @Test
    void aTileUrlNeedsHttpAndTheThreePlaceholders() {
        assertThat(new LadewerkConfig.HttpSettings("0.0.0.0", 8080, " ").mapTileUrl()).isNull();
        assertThat(new LadewerkConfig.HttpSettings("0.0.0.0", 8080, "https://t.example/{z}/{x}/{y}.png").mapTileUrl())
                .isEqualTo("https://t.example/{z}/{x}/{y}.png");
        assertThatThrownBy(() -> new LadewerkConfig.HttpSettings("0.0.0.0", 8080, "https://t.example/{z}/{x}.png"))
                .hasMessageContaining("dashboard.mapTileUrl");
        assertThatThrownBy(() -> new LadewerkConfig.HttpSettings("0.0.0.0", 8080, "file:///{z}/{x}/{y}.png"))
                .hasMessageContaining("http(s)");
    }
}
