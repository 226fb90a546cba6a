package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.MaxLength;
import java.util.List;

/** OCPP 1.6 GetConfiguration.conf: known keys with values, and the keys not known. */
public record GetConfigurationResponse(
        List<KeyValue> configurationKey,
        @MaxLength(50) List<String> unknownKey) {
}
