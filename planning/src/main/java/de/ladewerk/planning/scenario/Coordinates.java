package de.ladewerk.planning.scenario;

/**
 * A point on the map (WGS 84), with where it comes from.
 *
 * @param lat    latitude, degrees north
 * @param lon    longitude, degrees east
 * @param source where the position comes from, or {@code assumption} with a reason
 */
public record Coordinates(double lat, double lon, String source) {

    private static final double EARTH_RADIUS_KM = 6371.0;

    /** Great-circle distance to {@code other} in km (haversine). */
    public double kmTo(Coordinates other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
