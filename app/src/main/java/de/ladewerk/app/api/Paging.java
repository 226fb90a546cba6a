package de.ladewerk.app.api;

import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code limit} (1–500, default 100) and {@code offset} query parameters, and the page body built from them. */
record Paging(int limit, int offset) {

    private static final int MAX_PAGE = 500;

    /** @throws IllegalArgumentException with a message fit for a 400 answer */
    static Paging of(RoutingContext ctx) {
        return new Paging(Api.intParam(ctx, "limit", 100, 1, MAX_PAGE),
                Api.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    }

    /** The paging of the request, or {@code null} after answering 400 for a bad parameter. */
    static Paging orBadRequest(RoutingContext ctx) {
        try {
            return of(ctx);
        } catch (IllegalArgumentException e) {
            Api.error(ctx, 400, "bad_request", e.getMessage());
            return null;
        }
    }

    /** {@code {items, total, limit, offset}}; {@code total} left out when {@code null}. */
    Map<String, Object> page(List<?> items, Long total) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        if (total != null) {
            page.put("total", total);
        }
        page.put("limit", limit);
        page.put("offset", offset);
        return page;
    }
}
