package de.ladewerk.gateway.storage;

/** {@link MaintenanceSupervisorIT} on a database that stays plain PostgreSQL. */
class PlainMaintenanceSupervisorIT extends MaintenanceSupervisorIT {

    @Override
    boolean plain() {
        return true;
    }
}
