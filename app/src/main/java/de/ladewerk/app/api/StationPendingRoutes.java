package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.ladewerk.gateway.command.CommandService;
import de.ladewerk.gateway.connection.ConnectionRegistry;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.gateway.station.StationRepository;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/stations/{id}/pending}: forces a station back to Pending, e.g. to re-provision it. Its
 * registration becomes PENDING at once (a connected station's calls other than BootNotification are refused
 * from now on) and it is sent TriggerMessage BootNotification, whose BootNotification is then answered
 * Pending. The trigger is an ordinary recorded command; an offline station gets Pending at its next boot.
 */
public final class StationPendingRoutes implements ApiRoutes {

    private final StationRepository stations;
    private final ConnectionRegistry connections;
    private final CommandService commands;

    public StationPendingRoutes(StationRepository stations, ConnectionRegistry connections, CommandService commands) {
        this.stations = stations;
        this.connections = connections;
        this.commands = commands;
    }

    @Override
    public void mount(Router router, Api api) {
        router.post("/api/stations/:id/pending").handler(ctx -> pending(ctx, api));
    }

    private void pending(RoutingContext ctx, Api api) {
        String id = ctx.pathParam("id");
        api.blocking(ctx, () -> stations.setRegistrationStatus(id, RegistrationStatus.PENDING)).onSuccess(found -> {
            if (!found) {
                Api.error(ctx, 404, "station_not_found", "no station " + id);
                return;
            }
            connections.find(id).ifPresent(c -> c.registration(RegistrationStatus.PENDING));
            // the field is spelt the same in 1.6 and 2.0.1 TriggerMessage
            Future<Map<String, Object>> trigger = commands.send(id, "TriggerMessage",
                    JsonNodeFactory.instance.objectNode().put("requestedMessage", "BootNotification"), Api.principal(ctx))
                    .map(CommandViews::view);
            trigger.onSuccess(command -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("id", id);
                body.put("registrationStatus", RegistrationStatus.PENDING.name());
                body.put("trigger", command);
                Api.json(ctx, 200, body);
            }).onFailure(ctx::fail);
        });
    }
}
