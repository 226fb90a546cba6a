package de.ladewerk.billing.ocmf;

import java.security.PublicKey;
import java.util.Optional;

/**
 * The public keys of calibrated meters, as registered with the authority (e.g. from the meter's type
 * plate or the manufacturer's list). Keys sent along by a station are never trusted instead.
 */
public interface MeterKeyRegistry {

    Optional<PublicKey> publicKey(String meterSerial);

    /** Registers (or replaces) the key of a meter. */
    void register(String meterSerial, PublicKey key);
}
