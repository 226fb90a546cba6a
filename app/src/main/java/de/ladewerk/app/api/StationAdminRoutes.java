package de.ladewerk.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.security.PasswordHasher;
import de.ladewerk.gateway.station.RegistrationStatus;
import de.ladewerk.gateway.station.StationRecord;
import de.ladewerk.gateway.station.StationRepository;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Station administration: {@code POST /api/stations} (register with a password), {@code POST
 * /api/stations/{id}/approve} and {@code /reject}, {@code PUT /api/stations/{id}/password}. Passwords
 * are hashed with the gateway's {@link PasswordHasher} on the worker pool; a new registration status
 * applies at the station's next BootNotification.
 */
public final class StationAdminRoutes implements ApiRoutes {

    /** An OCPP identity: up to 48 characters, no '/' (path), no ':' (Basic-auth user name). */
    private static final Pattern IDENTITY = Pattern.compile("[A-Za-z0-9._~\\-*@+|]{1,48}");

    private final StationRepository stations;
    private final PasswordHasher hasher;

    public StationAdminRoutes(StationRepository stations, PasswordHasher hasher) {
        this.stations = stations;
        this.hasher = hasher;
    }

    @Override
    public void mount(Router router, Api api) {
        BodyHandler body = BodyHandler.create().setBodyLimit(16 * 1024);
        router.post("/api/stations").handler(body).handler(ctx -> register(ctx, api));
        router.post("/api/stations/:id/approve").handler(ctx -> setStatus(ctx, api, RegistrationStatus.ACCEPTED));
        router.post("/api/stations/:id/reject").handler(ctx -> setStatus(ctx, api, RegistrationStatus.REJECTED));
        router.put("/api/stations/:id/password").handler(body).handler(ctx -> password(ctx, api));
    }

    private void register(RoutingContext ctx, Api api) {
        String id;
        String password;
        RegistrationStatus status;
        try {
            JsonNode b = CommandViews.body(ctx);
            id = b.path("id").asText("");
            if (!IDENTITY.matcher(id).matches()) {
                throw new IllegalArgumentException("id must be 1 to 48 letters, digits or ._~-*@+| (no '/' or ':')");
            }
            password = b.hasNonNull("password") ? checkedPassword(b.get("password").asText()) : null;
            status = b.hasNonNull("status") ? status(b.get("status").asText()) : RegistrationStatus.ACCEPTED;
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        api.blocking(ctx, () -> {
            if (stations.find(id).isPresent()) {
                return false;
            }
            stations.register(id, password == null ? null : hasher.hash(password), status);
            return true;
        }).onSuccess(created -> {
            if (created) {
                Api.json(ctx, 201, Map.of("id", id, "registrationStatus", status.name()));
            } else {
                Api.error(ctx, 409, "station_exists", "station " + id + " is registered already");
            }
        });
    }

    private void setStatus(RoutingContext ctx, Api api, RegistrationStatus status) {
        String id = ctx.pathParam("id");
        api.blocking(ctx, () -> stations.setRegistrationStatus(id, status)).onSuccess(found -> {
            if (found) {
                Api.json(ctx, 200, Map.of("id", id, "registrationStatus", status.name()));
            } else {
                Api.error(ctx, 404, "station_not_found", "no station " + id);
            }
        });
    }

    private void password(RoutingContext ctx, Api api) {
        String id = ctx.pathParam("id");
        String password;
        try {
            password = checkedPassword(CommandViews.body(ctx).path("password").asText(null));
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return;
        }
        api.blocking(ctx, () -> {
            Optional<StationRecord> station = stations.find(id);
            station.ifPresent(s -> stations.register(id, hasher.hash(password), s.registrationStatus()));
            return station.isPresent();
        }).onSuccess(found -> {
            if (found) {
                ctx.response().setStatusCode(204).end();
            } else {
                Api.error(ctx, 404, "station_not_found", "no station " + id);
            }
        });
    }

    /** OCPP's Basic-auth passwords (1.6 security whitepaper, 2.0.1 BasicAuthPassword) have 16 to 40 characters. */
    private static String checkedPassword(String password) {
        if (password == null || password.length() < 16 || password.length() > 40) {
            throw new IllegalArgumentException("password must have 16 to 40 characters");
        }
        return password;
    }

    private static RegistrationStatus status(String s) {
        try {
            return RegistrationStatus.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be ACCEPTED, PENDING or REJECTED, is '" + s + "'");
        }
    }
}
