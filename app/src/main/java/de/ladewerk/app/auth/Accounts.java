package de.ladewerk.app.auth;

import de.ladewerk.gateway.security.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Users and API tokens: creating them with valid names and passwords, checking a login, resolving a bearer
 * token. Blocking (Argon2 and JDBC): call from worker threads only.
 */
public final class Accounts {

    /** Shortest password accepted for a person's account. */
    public static final int MIN_PASSWORD = 12;
    private static final int MAX_PASSWORD = 256;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    /** Prefix of every API token, so leaked tokens are recognisable in logs and secret scanners. */
    public static final String TOKEN_PREFIX = "lwt_";

    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordHasher hasher;
    /** Verified against when the user does not exist, so unknown names take as long as wrong passwords. */
    private final String decoyHash;

    public Accounts(UserRepository users, ApiTokenRepository tokens, PasswordHasher hasher) {
        this.users = users;
        this.tokens = tokens;
        this.hasher = hasher;
        this.decoyHash = hasher.hash(WebSessions.randomToken());
    }

    /** A new API token: its one-time secret and what is stored of it. */
    public record IssuedToken(String secret, ApiToken token) {
    }

    /** The user if the password is theirs. */
    public Optional<User> login(String username, String password) {
        Optional<UserRepository.Credentials> found = username == null ? Optional.empty() : users.find(username);
        boolean ok = hasher.verify(password == null ? "" : password, found.map(UserRepository.Credentials::passwordHash).orElse(decoyHash));
        return ok ? found.map(UserRepository.Credentials::user) : Optional.empty();
    }

    /**
     * Adds a user.
     *
     * @throws IllegalArgumentException if the name or password is not acceptable
     * @throws IllegalStateException    if the name is taken
     */
    public User createUser(String username, String password, Role role, String createdBy) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 1–64 letters, digits or . _ @ -");
        }
        return users.create(username, hasher.hash(checkedPassword(password)), role, createdBy);
    }

    /** Sets a user's password; false if there is no such user. */
    public boolean changePassword(String username, String password) {
        return users.changePassword(username, hasher.hash(checkedPassword(password)));
    }

    /**
     * Removes a user.
     *
     * @throws IllegalStateException if it is the last admin (nobody could manage users any more)
     */
    public boolean deleteUser(String username) {
        Optional<UserRepository.Credentials> found = users.find(username);
        if (found.isEmpty()) {
            return false;
        }
        if (found.get().user().role() == Role.ADMIN && users.countAdmins() <= 1) {
            throw new IllegalStateException("user " + username + " is the last admin and cannot be removed");
        }
        return users.delete(username);
    }

    public List<User> users() {
        return users.list();
    }

    public boolean anyAdmin() {
        return users.countAdmins() > 0;
    }

    public boolean userExists(String username) {
        return users.find(username).isPresent();
    }

    /** Issues a token for a machine client; the secret is returned once and only its SHA-256 stored. */
    public IssuedToken createToken(String name, Role role, String createdBy) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("token name must be 1–100 characters");
        }
        String secret = TOKEN_PREFIX + WebSessions.randomToken();
        return new IssuedToken(secret, tokens.create(name.trim(), sha256(secret), role, createdBy));
    }

    /** The token behind an {@code Authorization: Bearer} secret. */
    public Optional<ApiToken> resolveToken(String secret) {
        return secret == null || !secret.startsWith(TOKEN_PREFIX) ? Optional.empty() : tokens.use(sha256(secret));
    }

    public List<ApiToken> tokens() {
        return tokens.list();
    }

    public boolean deleteToken(long id) {
        return tokens.delete(id);
    }

    private static String checkedPassword(String password) {
        passwordProblem(password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return password;
    }

    /** What makes a password unacceptable, if anything. */
    public static java.util.Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            return java.util.Optional.of("password must be " + MIN_PASSWORD + "–" + MAX_PASSWORD + " characters");
        }
        return java.util.Optional.empty();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
