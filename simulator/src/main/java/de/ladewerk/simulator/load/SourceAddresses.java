package de.ladewerk.simulator.load;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses source addresses so many connections to one server port do not exhaust the ephemeral
 * ports of one address (about 28,000 on Linux by default). Only a loopback target can be reached
 * from every 127.0.0.x, so addresses are spread only there.
 */
public final class SourceAddresses {

    /** Connections per source address, safely below the default ephemeral port range. */
    public static final int STATIONS_PER_ADDRESS = 20_000;

    private SourceAddresses() {
    }

    /** 127.0.0.1, 127.0.0.2, … enough for the stations when the host is loopback; else none (the OS picks). */
    public static List<String> forTarget(String host, int stations) {
        if (!isLoopback(host) || stations <= STATIONS_PER_ADDRESS) {
            return List.of();
        }
        int count = (stations + STATIONS_PER_ADDRESS - 1) / STATIONS_PER_ADDRESS;
        List<String> addresses = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            addresses.add("127.0.0." + i);
        }
        return addresses;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
