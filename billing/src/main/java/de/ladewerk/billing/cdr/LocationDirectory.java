package de.ladewerk.billing.cdr;

/** Looks up the OCPI location data of a station's connector; implemented by the application. */
@FunctionalInterface
public interface LocationDirectory {
    CdrLocation locate(String stationId, int evseId, int connectorId);
}
