-- Operators of the dashboard and API, and the API tokens of machine clients.
CREATE SCHEMA IF NOT EXISTS app;

CREATE TABLE app.users (
    id             bigserial PRIMARY KEY,
    username       text NOT NULL UNIQUE CHECK (username ~ '^[A-Za-z0-9._@-]{1,64}$'),
    password_hash  text NOT NULL,                       -- Argon2id PHC string, never the password
    role           text NOT NULL CHECK (role IN ('ADMIN', 'OPERATOR', 'VIEWER')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text NOT NULL
);

-- A token is shown once at creation; only its SHA-256 is kept (it is 256 random bits, so a slow hash adds nothing).
CREATE TABLE app.api_tokens (
    id             bigserial PRIMARY KEY,
    name           text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    token_sha256   text NOT NULL UNIQUE,
    role           text NOT NULL CHECK (role IN ('ADMIN', 'OPERATOR', 'VIEWER')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text NOT NULL,
    last_used_at   timestamptz
);
