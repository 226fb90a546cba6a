package de.ladewerk.app;

import de.ladewerk.app.config.LadewerkConfig;

/**
 * The few lines {@code ladewerk run} prints once it listens: where the dashboard and the OCPP endpoint are and,
 * on a first run, the generated admin login (shown this once; only its hash is stored).
 */
public final class StartBanner {

    private StartBanner() {
    }

    /** The address a browser on this machine uses for a listener bound to {@code host}. */
    public static String browsable(String host) {
        return "0.0.0.0".equals(host) || "::".equals(host) ? "localhost" : host;
    }

    public static String text(LadewerkConfig config, LadewerkApplication app) {
        String host = browsable(config.http().host());
        StringBuilder b = new StringBuilder(String.format("%n  Ladewerk runs%n  Dashboard:  http://%s:%d%n", host, app.httpPort()));
        app.firstLogin().ifPresent(login -> b.append(String.format(
                "  Log in:     %s / %s  (generated on this first run and shown only now: change it in the dashboard)%n",
                login.username(), login.password())));
        b.append(String.format("  OCPP:       ws://%s:%d%s/<identity>%n", browsable(config.gateway().host()), app.ocppPort(),
                config.gateway().pathPrefix()));
        if (config.gateway().tls().enabled()) {
            b.append(String.format("  OCPP TLS:   wss://%s:%d%s/<identity>%n", browsable(config.gateway().host()),
                    app.gateway().tlsPort(), config.gateway().pathPrefix()));
        }
        return b.append(String.format("  Stop with Ctrl-C.%n%n")).toString();
    }
}
