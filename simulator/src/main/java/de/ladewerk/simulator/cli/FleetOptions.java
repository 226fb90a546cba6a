package de.ladewerk.simulator.cli;

import de.ladewerk.ocpp.OcppVersion;
import java.net.URI;
import picocli.CommandLine.Option;

/** The options every subcommand that connects stations shares. */
final class FleetOptions {

    @Option(names = "--url", defaultValue = "ws://127.0.0.1:8180/ocpp",
            description = "CSMS endpoint; the identity is appended as last path segment (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--version", defaultValue = "1.6", converter = VersionConverter.class,
            description = "OCPP version: 1.6 or 2.0.1 (default: ${DEFAULT-VALUE})")
    OcppVersion version;

    @Option(names = "--stations", defaultValue = "1", description = "number of stations (default: ${DEFAULT-VALUE})")
    int stations;

    @Option(names = "--identity-prefix", defaultValue = "SIM-",
            description = "identities are the prefix plus a 6-digit number from 000001, e.g. SIM-000001 "
                    + "(default: ${DEFAULT-VALUE}); for one station of an exact name use --identity")
    String identityPrefix;

    @Option(names = "--identity", description = "the exact identity of a single station (with --stations 1); "
            + "the prefix is not used then")
    String identity;

    @Option(names = "--password", description = "Basic-auth password (security profile 1); none if absent")
    String password;

    /**
     * The identity of the station at {@code index} (from 0): {@code --identity} as given for a single station, else
     * the prefix plus a six-digit number.
     *
     * @throws picocli.CommandLine.ParameterException if {@code --identity} is given for more than one station
     */
    String identity(int index, picocli.CommandLine commandLine) {
        if (identity != null) {
            if (stations != 1) {
                throw new picocli.CommandLine.ParameterException(commandLine,
                        "--identity names one station; with --stations " + stations + " use --identity-prefix");
            }
            return identity;
        }
        return identityPrefix + String.format("%06d", index + 1);
    }

    /** Reads "1.6", "2.0.1" (or the subprotocol names) into a version. */
    static final class VersionConverter implements picocli.CommandLine.ITypeConverter<OcppVersion> {
        @Override
        public OcppVersion convert(String value) {
            String token = value.startsWith("ocpp") ? value : "ocpp" + value;
            return OcppVersion.fromSubprotocol(token).filter(v -> v != OcppVersion.V21)
                    .orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                            "'" + value + "' is not a supported OCPP version; use 1.6 or 2.0.1"));
        }
    }
}
