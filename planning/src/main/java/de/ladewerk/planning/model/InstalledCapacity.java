package de.ladewerk.planning.model;

/**
 * The public network that exists in a district today, from Ladewerk's database or a register.
 *
 * @param acPorts public AC connectors
 * @param dcPorts public DC connectors
 * @param acKw    their summed maximum power, kW
 * @param dcKw    their summed maximum power, kW
 */
public record InstalledCapacity(long acPorts, long dcPorts, double acKw, double dcKw) {

    /** Nothing installed. */
    public static final InstalledCapacity NONE = new InstalledCapacity(0, 0, 0, 0);

    /** Public connectors of both kinds. */
    public long ports() {
        return acPorts + dcPorts;
    }

    /** Public power of both kinds, kW. */
    public double kw() {
        return acKw + dcKw;
    }
}
