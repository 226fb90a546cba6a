package de.ladewerk.app;

import java.net.BindException;
import java.util.concurrent.Callable;

/** A listener could not bind because its port is taken; the message names the port and the setting to change. */
public final class PortInUseException extends Exception {

    PortInUseException(String what, Throwable cause) {
        super(what + " is already in use; stop the other program or choose another port with that setting", cause);
    }

    /** Runs the binding step; a {@link BindException} anywhere in its failure becomes this exception. */
    static <T> T whenBinding(Callable<T> bind, String what) throws Exception {
        try {
            return bind.call();
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new PortInUseException(what, e);
                }
            }
            throw e;
        }
    }
}
