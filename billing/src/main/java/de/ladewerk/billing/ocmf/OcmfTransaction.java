package de.ladewerk.billing.ocmf;

import java.util.Optional;

/**
 * The transaction codes of an OCMF reading (TX): where the reading sits in a charging transaction. Five codes end
 * a transaction; they differ only in why it ended.
 */
public enum OcmfTransaction {
    /** B: begin of the transaction. */
    BEGIN('B'),
    /** C: a reading while charging. */
    CHARGING('C'),
    /** X: an exception: time and/or energy are not usable from this reading on. */
    EXCEPTION('X'),
    /** E: end of the transaction, reason not given. */
    END('E'),
    /** L: ended locally (at the station). */
    ENDED_LOCALLY('L'),
    /** R: ended remotely (by the backend). */
    ENDED_REMOTELY('R'),
    /** A: ended by an abort (an error). */
    ABORTED('A'),
    /** P: ended by a power failure. */
    POWER_FAILURE('P'),
    /** S: suspended: the transaction is active, the vehicle is not charging. */
    SUSPENDED('S'),
    /** T: tariff change within the transaction. */
    TARIFF_CHANGE('T');

    private final char code;

    OcmfTransaction(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    /** Whether the reading closes the transaction (E, L, R, A, P). */
    public boolean isEnd() {
        return this == END || this == ENDED_LOCALLY || this == ENDED_REMOTELY || this == ABORTED || this == POWER_FAILURE;
    }

    /** The code of a TX value; empty if it is none of the specification's letters. */
    public static Optional<OcmfTransaction> of(String tx) {
        if (tx == null || tx.length() != 1) {
            return Optional.empty();
        }
        for (OcmfTransaction t : values()) {
            if (t.code == tx.charAt(0)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
