package de.ladewerk.billing.meterkey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of the meter key registry; every change writes its audit entry in the same transaction. */
public interface MeterKeyStore {

    /**
     * Records a proposal; if the same key of the same meter is already known, returns that entry
     * unchanged (a station reporting its key with every session proposes it once).
     */
    MeterKey propose(String meterSerial, String publicKeyHex, String source, String actor, Instant at, String note);

    Optional<MeterKey> byId(long id);

    /** All keys, or those of one meter when {@code meterSerial} is given; newest first. */
    List<MeterKey> list(String meterSerial, MeterKeyStatus status);

    /**
     * Approves a PROPOSED key; the meter's previously approved key becomes SUPERSEDED.
     *
     * @throws IllegalStateException unless the key is PROPOSED
     */
    MeterKey approve(long id, String actor, Instant at, String note);

    /** @throws IllegalStateException unless the key is PROPOSED */
    MeterKey reject(long id, String actor, Instant at, String note);

    /** The audit of one meter (or all meters when {@code null}), oldest first. */
    List<MeterKeyEvent> history(String meterSerial);
}
