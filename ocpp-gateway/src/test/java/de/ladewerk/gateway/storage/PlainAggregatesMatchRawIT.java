package de.ladewerk.gateway.storage;

/** {@link AggregatesMatchRawIT} on a database that stays plain PostgreSQL even where the server offers TimescaleDB. */
class PlainAggregatesMatchRawIT extends AggregatesMatchRawIT {

    @Override
    boolean plain() {
        return true;
    }
}
