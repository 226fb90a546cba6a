package de.ladewerk.billing.ocmf;

import java.security.PublicKey;
import java.util.Optional;

/**
 * The trusted public keys of calibrated meters: those an operator approved (e.g. from the meter's type plate or
 * the manufacturer's list). Keys sent along by a station are never trusted instead.
 */
public interface MeterKeyRegistry {

    /** The meter's approved key, if it has one. */
    Optional<PublicKey> publicKey(String meterSerial);
}
