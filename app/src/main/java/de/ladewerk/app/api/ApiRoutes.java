package de.ladewerk.app.api;

import io.vertx.ext.web.Router;

/**
 * One resource family of the HTTP API (stations, sessions, commands, ...). Each family mounts its own
 * routes; {@link ApiVerticle} owns the server, the error handling and the worker pool they share.
 */
public interface ApiRoutes {

    /** Adds this family's routes; {@code api} gives the shared JSON, error and blocking-read helpers. */
    void mount(Router router, Api api);
}
