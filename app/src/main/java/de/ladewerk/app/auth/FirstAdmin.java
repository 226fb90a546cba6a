package de.ladewerk.app.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure someone can log in after the first start: creates the configured admin if that user does not
 * exist yet, and otherwise says loudly how to create one. Never invents a password.
 */
public final class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private FirstAdmin() {
    }

    /** Blocking; run once at start-up. */
    public static void ensure(Accounts accounts, AuthSettings settings) {
        if (settings.adminUser() != null) {
            if (accounts.userExists(settings.adminUser())) {
                LOG.info("admin user {} exists; the configured password is not applied again (change it in the dashboard)",
                        settings.adminUser());
            } else {
                accounts.createUser(settings.adminUser(), settings.adminPassword(), Role.ADMIN, "configuration");
                LOG.info("created admin user {} from configuration", settings.adminUser());
            }
        } else if (!accounts.anyAdmin()) {
            LOG.warn("No admin user exists, so nobody can log in to the dashboard. Create one: set LADEWERK_ADMIN_USER and "
                    + "LADEWERK_ADMIN_PASSWORD (at least {} characters) and restart, or run "
                    + "'ladewerk create-user <name> --role admin' (it asks for the password).", Accounts.MIN_PASSWORD);
        }
    }
}
