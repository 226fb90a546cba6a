package de.ladewerk.billing.meterkey;

import de.ladewerk.billing.ocmf.MeterKeys;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The meter key registry as operators use it: enter a key from the meter's type plate or the manufacturer's
 * list, approve or reject proposals, read the audit. Keys a station reports are proposals too: nothing a
 * station sends is trusted for verification until an operator approved it.
 */
public final class MeterKeyAdministration {

    /** Longest meter serial accepted (OCMF MS is free text; real serials are far shorter). */
    public static final int MAX_SERIAL = 64;
    private static final int MAX_NOTE = 500;

    private final MeterKeyStore store;
    private final Clock clock;

    public MeterKeyAdministration(MeterKeyStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * An operator enters a key (hex or Base64 DER SubjectPublicKeyInfo) as a proposal.
     *
     * @throws IllegalArgumentException naming what is wrong with the serial or the key
     */
    public MeterKey propose(String meterSerial, String publicKey, String operator, String note) {
        String serial = serial(meterSerial);
        PublicKey key = MeterKeys.parse(publicKey);
        return store.propose(serial, MeterKeys.toHex(key), "operator", actor(operator), clock.instant(), note(note));
    }

    /**
     * A key a station sent along with its signed meter values becomes a proposal. A key that does not parse is
     * ignored (the session's verification reports the missing key), so a station cannot disturb billing.
     */
    public Optional<MeterKey> proposeFromStation(String meterSerial, String publicKey, String stationId) {
        try {
            PublicKey key = MeterKeys.parse(publicKey);
            return Optional.of(store.propose(serial(meterSerial), MeterKeys.toHex(key), "station:" + stationId,
                    stationId, clock.instant(), "reported with a signed meter value"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Trusts a proposed key from now on; the meter's previous key is superseded. */
    public MeterKey approve(long id, String operator, String note) {
        require(id);
        return store.approve(id, actor(operator), clock.instant(), note(note));
    }

    public MeterKey reject(long id, String operator, String note) {
        require(id);
        return store.reject(id, actor(operator), clock.instant(), note(note));
    }

    /** Registers and approves in one step, for tools that hold the key from a trusted source (the demo). */
    public MeterKey register(String meterSerial, PublicKey key, String operator) {
        MeterKey proposed = store.propose(serial(meterSerial), MeterKeys.toHex(key), "operator", actor(operator),
                clock.instant(), null);
        return proposed.status() == MeterKeyStatus.APPROVED ? proposed
                : store.approve(proposed.id(), actor(operator), clock.instant(), null);
    }

    public MeterKey key(long id) {
        return require(id);
    }

    /** Keys, optionally of one meter and/or in one status, newest first. */
    public List<MeterKey> list(String meterSerial, MeterKeyStatus status) {
        return store.list(meterSerial == null || meterSerial.isBlank() ? null : meterSerial.strip(), status);
    }

    /** Who proposed, approved, rejected or superseded which key when; oldest first. */
    public List<MeterKeyEvent> history(String meterSerial) {
        return store.history(meterSerial == null || meterSerial.isBlank() ? null : meterSerial.strip());
    }

    private MeterKey require(long id) {
        return store.byId(id).orElseThrow(() -> new NoSuchElementException("no meter key " + id));
    }

    private static String serial(String meterSerial) {
        if (meterSerial == null || meterSerial.isBlank()) {
            throw new IllegalArgumentException("meterSerial is required");
        }
        String s = meterSerial.strip();
        if (s.length() > MAX_SERIAL || !s.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("meterSerial must be 1–" + MAX_SERIAL
                    + " printable ASCII characters without spaces, is '" + s + "'");
        }
        return s;
    }

    private static String actor(String operator) {
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("the operator's name is required for the audit");
        }
        return operator.strip();
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note is longer than " + MAX_NOTE + " characters");
        }
        return note.strip();
    }
}
