-- Operator overrides of a station's ItemsPerMessage/BytesPerMessage per split request (TC_B_08): used before
-- what the station reported in its device model. NULL in a column falls back to the reported value.
CREATE TABLE ocpp.message_limit_overrides (
    station_id          text NOT NULL REFERENCES ocpp.stations (id) ON DELETE CASCADE,
    action              text NOT NULL CHECK (action IN ('GetVariables', 'SetVariables', 'GetReport',
                                                         'SetVariableMonitoring', 'ClearVariableMonitoring')),
    items_per_message   integer CHECK (items_per_message > 0),
    bytes_per_message   integer CHECK (bytes_per_message > 0),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station_id, action),
    CHECK (items_per_message IS NOT NULL OR bytes_per_message IS NOT NULL)
);
