package de.ladewerk.gateway.loadmanagement;

/** The allocator names an EVSE "station/evse". */
final class EvseKey {

    private EvseKey() {
    }

    static String of(String stationId, int evseId) {
        return stationId + "/" + evseId;
    }

    static String station(String key) {
        return key.substring(0, key.lastIndexOf('/'));
    }

    static int evse(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
    }
}
