package de.ladewerk.gateway.context;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletionStage;

/**
 * The one way the gateway turns a store's commit stage (completed on a writer thread) into a Vert.x future
 * completed on the caller's context, so the code after a commit runs on the station's event loop again.
 */
public final class Committed {

    private Committed() {
    }

    /** {@code stage} as a future completed on the calling context (as is, off any context). */
    public static <T> Future<T> on(CompletionStage<T> stage) {
        Context context = Vertx.currentContext();
        return context == null ? Future.fromCompletionStage(stage) : Future.fromCompletionStage(stage, context);
    }
}
