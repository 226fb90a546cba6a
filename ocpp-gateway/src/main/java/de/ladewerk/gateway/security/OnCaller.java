package de.ladewerk.gateway.security;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletionStage;

/** Turns a writer's stage into a future completed on the caller's event loop (writers complete on their own threads). */
public final class OnCaller {

    private OnCaller() {
    }

    public static <T> Future<T> future(CompletionStage<T> stage) {
        Context context = Vertx.currentContext();
        return context == null ? Future.fromCompletionStage(stage) : Future.fromCompletionStage(stage, context);
    }
}
