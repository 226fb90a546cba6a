package de.ladewerk.simulator.testserver;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/** Runs the test server alone, for trying the load mode by hand: {@code MiniCsmsMain [seconds]}. */
public final class MiniCsmsMain {

    private MiniCsmsMain() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 300;
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try (MiniCsms csms = new MiniCsms(vertx).recordNothing().start()) {
            System.out.println("MiniCsms listening on " + csms.endpoint());
            Thread.sleep(seconds * 1000);
        } finally {
            vertx.close();
        }
    }
}
