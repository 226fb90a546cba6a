package de.ladewerk.ocpp.v16.core;

import de.ladewerk.ocpp.validation.MaxLength;
import java.util.List;

/** OCPP 1.6 GetConfiguration.req: the listed keys, or all keys when {@code key} is absent. */
public record GetConfigurationRequest(
        @MaxLength(50) List<String> key) {
}
