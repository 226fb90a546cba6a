package de.ladewerk.gateway.authorization;

import java.util.List;

/** What each station's local list holds as of the version it accepted last. Blocking: worker threads only. */
public interface LocalListRepository {

    /** The list version the station accepted last; 0 if it never accepted one (an empty list). */
    int version(String stationId);

    /** The entries of that version. */
    List<LocalListEntry> entries(String stationId);

    /** Records that the station now holds {@code entries} as {@code version}, replacing what it held. */
    void store(String stationId, int version, List<LocalListEntry> entries);
}
