package de.ladewerk.gateway.storage;

/** {@link StorageLayoutIT} on a database that stays plain PostgreSQL even where the server offers TimescaleDB. */
class PlainStorageLayoutIT extends StorageLayoutIT {

    @Override
    boolean plain() {
        return true;
    }
}
