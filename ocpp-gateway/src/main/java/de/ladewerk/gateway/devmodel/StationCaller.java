package de.ladewerk.gateway.devmodel;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;

/**
 * Sends one CSMS→station call and completes with the station's answer payload (fails on a
 * CALLERROR, a timeout or an offline station). The command service provides the real one; it
 * decides where calls are recorded.
 */
@FunctionalInterface
public interface StationCaller {

    Future<JsonNode> call(String stationId, String action, JsonNode payload);
}
