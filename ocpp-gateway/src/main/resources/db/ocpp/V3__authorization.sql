-- Authorization: id tokens (1.6 idTags and 2.0.1 idTokens in one table), and what each station's
-- local authorization list holds as of the last version the station accepted.
CREATE TABLE ocpp.id_tokens (
    type             text NOT NULL CHECK (type IN ('CENTRAL', 'EMAID', 'ISO14443', 'ISO15693', 'KEY_CODE',
                                                   'LOCAL', 'MAC_ADDRESS', 'NO_AUTHORIZATION', 'ID_TAG')),
    value            text NOT NULL CHECK (length(value) BETWEEN 1 AND 36),
    status           text NOT NULL DEFAULT 'ACCEPTED' CHECK (status IN ('ACCEPTED', 'BLOCKED', 'EXPIRED', 'INVALID')),
    expires_at       timestamptz,                      -- after it the token answers EXPIRED
    parent_type      text,                             -- the parent idTag (1.6) / group idToken (2.0.1)
    parent_value     text,
    customer_ref     text,                             -- who the token belongs to (contract, fleet, customer number)
    additional_info  jsonb,                            -- 2.0.1 additionalInfo: [{"additionalIdToken", "type"}]
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (type, value),
    CHECK ((parent_type IS NULL) = (parent_value IS NULL)),
    CHECK (parent_type IS NULL OR (parent_type, parent_value) <> (type, value)),
    FOREIGN KEY (parent_type, parent_value) REFERENCES ocpp.id_tokens (type, value)
);
-- 1.6 idTags carry no type: a lookup by value finds ID_TAG and ISO14443 tokens alike.
CREATE INDEX id_tokens_value ON ocpp.id_tokens (value);
CREATE INDEX id_tokens_parent ON ocpp.id_tokens (parent_type, parent_value) WHERE parent_type IS NOT NULL;

-- The local list version a station accepted last (0 = empty list).
CREATE TABLE ocpp.local_lists (
    station_id   text PRIMARY KEY REFERENCES ocpp.stations (id) ON DELETE CASCADE,
    version      integer NOT NULL CHECK (version >= 0),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- What the station holds in that version: each entry as it was sent, so a differential update
-- can be computed against it.
CREATE TABLE ocpp.local_list_entries (
    station_id    text NOT NULL REFERENCES ocpp.local_lists (station_id) ON DELETE CASCADE,
    token_type    text NOT NULL,
    token_value   text NOT NULL,
    status        text NOT NULL,
    expires_at    timestamptz,
    parent_type   text,
    parent_value  text,
    PRIMARY KEY (station_id, token_type, token_value)
);
