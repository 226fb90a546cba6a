package de.ladewerk.app.auth;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure someone can log in after the first start: creates the configured admin if that user does not
 * exist yet; on a database without any user and without configured admin, creates {@value #GENERATED_ADMIN}
 * with a generated password that the caller shows once. Never a fixed default password.
 */
public final class FirstAdmin {

    /** The name of the admin created on a first run without configured admin. */
    public static final String GENERATED_ADMIN = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private FirstAdmin() {
    }

    /** A login created at this start, to be shown to the operator once. */
    public record Created(String username, String password) {
    }

    /** Blocking; run once at start-up. Returns the generated login if one was made now. */
    public static Optional<Created> ensure(Accounts accounts, AuthSettings settings) {
        if (settings.adminUser() != null) {
            if (accounts.userExists(settings.adminUser())) {
                LOG.debug("admin user {} exists; the configured password is not applied again", settings.adminUser());
            } else {
                accounts.createUser(settings.adminUser(), settings.adminPassword(), Role.ADMIN, "configuration");
                LOG.info("created admin user {} from configuration", settings.adminUser());
            }
        } else if (accounts.users().isEmpty()) {
            String password = GeneratedPasswords.password();
            accounts.createUser(GENERATED_ADMIN, password, Role.ADMIN, "first run");
            return Optional.of(new Created(GENERATED_ADMIN, password));
        } else if (!accounts.anyAdmin()) {
            LOG.warn("No admin user exists. Create one: 'ladewerk create-user <name> --role admin', or set "
                    + "LADEWERK_ADMIN_USER and LADEWERK_ADMIN_PASSWORD (at least {} characters) and restart.",
                    Accounts.MIN_PASSWORD);
        }
        return Optional.empty();
    }
}
