package de.ladewerk.gateway.devmodel;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletionStage;

/** Turns a store's commit stage into a Vert.x future completed on the caller's event loop. */
public final class Committed {

    private Committed() {
    }

    public static <T> Future<T> on(CompletionStage<T> stage) {
        Context context = Vertx.currentContext();
        return context == null ? Future.fromCompletionStage(stage) : Future.fromCompletionStage(stage, context);
    }
}
