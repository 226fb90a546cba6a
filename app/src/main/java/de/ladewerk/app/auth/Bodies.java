package de.ladewerk.app.auth;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.app.api.Api;
import io.vertx.ext.web.RoutingContext;

/** Reading JSON request bodies with a clear 400/415 when they are not. */
public final class Bodies {

    private Bodies() {
    }

    /** The body as a JSON object, or null after answering 415/400 (the caller just returns). */
    public static JsonNode json(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            Api.error(ctx, 415, "unsupported_media_type", "send the body as application/json");
            return null;
        }
        try {
            JsonNode node = Api.JSON.readTree(ctx.body().asString() == null ? "" : ctx.body().asString());
            if (node == null || !node.isObject()) {
                Api.error(ctx, 400, "bad_request", "the body must be a JSON object");
                return null;
            }
            return node;
        } catch (Exception e) {
            Api.error(ctx, 400, "bad_request", "the body is not valid JSON: " + e.getMessage());
            return null;
        }
    }
}
