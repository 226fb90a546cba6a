-- Where a station stands, for the dashboard's map: latitude, longitude and district came with V1;
-- the street address is new. All nullable: a station is known before anyone has surveyed it.
ALTER TABLE ocpp.stations ADD COLUMN IF NOT EXISTS address text;
ALTER TABLE ocpp.stations ADD COLUMN IF NOT EXISTS latitude double precision;
ALTER TABLE ocpp.stations ADD COLUMN IF NOT EXISTS longitude double precision;
ALTER TABLE ocpp.stations ADD COLUMN IF NOT EXISTS district text;
CREATE INDEX IF NOT EXISTS stations_district ON ocpp.stations (district);
