-- The server secret that keys the HMAC-SHA-256 of the station passwords Ladewerk generates (password
-- rotation): for a random 119-bit secret a keyed fast hash is as safe as Argon2id and costs microseconds
-- instead of tens of milliseconds, which decides how fast a whole city reconnects after a restart.
-- Created at first start unless configured (security.stationSecretKey); see docs/security.md.
CREATE TABLE ocpp.server_secrets (
    name        text PRIMARY KEY,
    secret      bytea NOT NULL CHECK (octet_length(secret) >= 32),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Stations whose current password Ladewerk generated before this change still have an Argon2id hash of it.
-- They are marked so the next successful connect re-stores the password as an HMAC; operator-chosen
-- passwords keep Argon2id. A rotation stores the hash right after the station's Accepted, so the station row
-- was last updated within a minute of that answer; where anything updated it later (an operator's new
-- password among others) the station is left alone: in doubt, Argon2id stays.
UPDATE ocpp.stations s
   SET password_hash = '$ladewerk-generated$' || s.password_hash
 WHERE s.password_hash LIKE '$argon2%'
   AND EXISTS (
       SELECT 1 FROM ocpp.commands c
        WHERE c.station_id = s.id AND c.status = 'ANSWERED'
          AND s.updated_at BETWEEN c.answered_at AND c.answered_at + interval '1 minute'
          AND ((c.action = 'ChangeConfiguration' AND c.request ->> 'key' = 'AuthorizationKey'
                AND c.response ->> 'status' = 'Accepted')
            OR (c.action = 'SetVariables'
                AND c.request -> 'setVariableData' -> 0 -> 'variable' ->> 'name' = 'BasicAuthPassword'
                AND c.response -> 'setVariableResult' -> 0 ->> 'attributeStatus' = 'Accepted')));
