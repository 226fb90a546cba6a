package de.ladewerk.planning.measured;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an installed-network export: {@code station_id,district,connectors,max_power_kw,current}
 * with one header line. Lets the command line compute the gap per district without a database.
 */
public final class InstalledPortsCsv {

    /** The header line the file must start with. */
    public static final String HEADER = "station_id,district,connectors,max_power_kw,current";

    private InstalledPortsCsv() {
    }

    /** Parses the file's text; {@link IllegalArgumentException} names the line and column of bad input. */
    public static List<InstalledPort> parse(String csv) {
        List<String> lines = csv.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equalsIgnoreCase(HEADER)) {
            throw new IllegalArgumentException("line 1: expected the header '" + HEADER + "'");
        }
        List<InstalledPort> ports = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",", -1);
            String where = "line " + (i + 1) + ": ";
            if (f.length != 5) {
                throw new IllegalArgumentException(where + "expected 5 columns, got " + f.length);
            }
            int connectors = number(f[2], where + "connectors").intValue();
            double power = number(f[3], where + "max_power_kw").doubleValue();
            if (connectors < 0 || power < 0) {
                throw new IllegalArgumentException(where + "connectors and max_power_kw must not be negative");
            }
            CurrentType current;
            try {
                current = CurrentType.valueOf(f[4].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "current must be AC or DC, got '" + f[4] + "'", e);
            }
            ports.add(new InstalledPort(f[0].strip(), f[1].strip(), connectors, power, current));
        }
        return ports;
    }

    private static Number number(String text, String field) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": not a number: '" + text + "'", e);
        }
    }
}
