package de.ladewerk.app.api;

import de.ladewerk.gateway.reservation.ReservationBook;
import io.vertx.ext.web.Router;

/** {@code GET /api/reservations?station=&limit=&offset=}: reservations newest first, expired ones shown as EXPIRED. */
public final class ReservationRoutes implements ApiRoutes {

    private final ReservationBook reservations;

    public ReservationRoutes(ReservationBook reservations) {
        this.reservations = reservations;
    }

    @Override
    public void mount(Router router, Api api) {
        router.get("/api/reservations").handler(ctx -> {
            Paging paging = Paging.orBadRequest(ctx);
            if (paging == null) {
                return;
            }
            String station = ctx.queryParams().get("station");
            api.blocking(ctx, () -> paging.page(reservations.list(station, paging.limit(), paging.offset()), null))
                    .onSuccess(page -> Api.json(ctx, 200, page));
        });
    }
}
