package de.ladewerk.billing.ocmf;

/** A signed meter value that is not a well-formed OCMF packet. */
public final class OcmfFormatException extends IllegalArgumentException {
    public OcmfFormatException(String message) {
        super(message);
    }

    public OcmfFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
