package de.ladewerk.app.api;

import de.ladewerk.gateway.query.SignedMeterValueQueries;
import io.vertx.ext.web.Router;
import java.util.Map;

/** {@code GET /api/sessions/{id}/signed-values}: the signed meter values of a session, as the station sent them. */
public final class SignedMeterValueRoutes implements ApiRoutes {

    static final int LIMIT = 500;

    private final SignedMeterValueQueries signed;

    public SignedMeterValueRoutes(SignedMeterValueQueries signed) {
        this.signed = signed;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/sessions/:id/signed-values").handler(ctx -> SessionRoutes.withId(ctx, id ->
                api.blocking(ctx, () -> signed.ofSession(id, LIMIT))
                        .onSuccess(items -> Api.json(ctx, 200, Map.of("sessionId", id, "items", items)))));
    }
}
