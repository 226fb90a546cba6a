package de.ladewerk.planning.cli;

/** Exit codes of the planning command line, stated in its help. */
final class ExitCodes {

    static final int OK = 0;
    /** Wrong options or arguments (picocli's own code). */
    static final int USAGE = 2;
    /** The scenario (or installed-network file) is invalid; the message names the field. */
    static final int INVALID_INPUT = 3;
    /** A file could not be read or written. */
    static final int IO_ERROR = 4;

    private ExitCodes() {
    }
}
