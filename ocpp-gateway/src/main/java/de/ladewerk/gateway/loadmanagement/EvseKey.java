package de.ladewerk.gateway.loadmanagement;

/** The allocator names an EVSE "station/evse". */
public final class EvseKey {

    private EvseKey() {
    }

    public static String of(String stationId, int evseId) {
        return stationId + "/" + evseId;
    }

    public static String station(String key) {
        return key.substring(0, key.lastIndexOf('/'));
    }

    public static int evse(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
    }
}
