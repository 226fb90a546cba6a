package de.ladewerk.app.billing;

import de.ladewerk.billing.cdr.CdrLocation;
import de.ladewerk.billing.cdr.LocationDirectory;
import de.ladewerk.billing.cdr.OcpiParty;
import de.ladewerk.gateway.station.StationQueries;
import de.ladewerk.gateway.station.StationView;
import java.util.Optional;

/**
 * The OCPI location of a CDR from what the gateway knows of the station: its identity, district and
 * coordinates. The EVSE id follows eMI3 ({@code DE*LDW*E<station>*<evse>}). Ladewerk keeps no street
 * addresses or connector standards yet, so those stay empty, and the power type is not claimed.
 */
public final class StationLocationDirectory implements LocationDirectory {

    private final StationQueries stations;
    private final OcpiParty party;

    public StationLocationDirectory(StationQueries stations, OcpiParty party) {
        this.stations = stations;
        this.party = party;
    }

    @Override
    public CdrLocation locate(String stationId, int evseId, int connectorId) {
        Optional<StationView> s = stations.find(stationId);
        String lat = s.map(StationView::latitude).map(v -> String.format(java.util.Locale.ROOT, "%.6f", v)).orElse(null);
        String lon = s.map(StationView::longitude).map(v -> String.format(java.util.Locale.ROOT, "%.6f", v)).orElse(null);
        String emi3 = party.countryCode() + "*" + party.partyId() + "*E" + stationId.replaceAll("[^A-Za-z0-9]", "")
                + "*" + evseId;
        return new CdrLocation(stationId, stationId, s.map(StationView::district).orElse(null), null, null,
                party.countryCode(), lat, lon, stationId + "*" + evseId, emi3, null, null, null);
    }
}
