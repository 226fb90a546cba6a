package de.ladewerk.app;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * What {@code ladewerk} exits with, so scripts and service managers can tell failures apart: 0 done, 1 an
 * unexpected failure, 2 wrong command line, 3 a port in use, 4 no usable database. A failure is one line on
 * standard error; its stack trace is logged at DEBUG.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int PORT_IN_USE = 3;
    public static final int NO_DATABASE = 4;

    private static final Logger LOG = LoggerFactory.getLogger(ExitCodes.class);

    private ExitCodes() {
    }

    /** Prints a command's failure as one line and picks its exit code. */
    public static final class OneLine implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            LOG.debug("{} failed", cmd.getCommandName(), e);
            int code = codeOf(e);
            cmd.getErr().println("ladewerk " + cmd.getCommandName() + ": " + message(e));
            return code;
        }
    }

    static int codeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PortInUseException) {
                return PORT_IN_USE;
            }
            if (t instanceof SQLException || (t instanceof IllegalStateException && String.valueOf(t.getMessage())
                    .startsWith("No database"))) {
                return NO_DATABASE;
            }
        }
        return FAILURE;
    }

    private static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PortInUseException) {
                return t.getMessage();
            }
        }
        Throwable root = e;
        while ((root.getMessage() == null || root instanceof java.util.concurrent.ExecutionException)
                && root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
