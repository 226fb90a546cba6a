package de.ladewerk.billing.ocmf;

import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.SignedMeterValue;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a session's signed meter values as calibration law requires before billing: every packet
 * parses, names the session's meter, verifies against the meter's approved key on the curve its SA names, the
 * pagination counter runs without gaps, the readings form one signed transaction from begin to end (see
 * {@link SignedReadings}), and the signed energy agrees with the sampled energy within a tolerance. At a station
 * that is relevant under calibration law a session without signed values fails too. Every failure is collected
 * as a reason to hold the session; nothing is billed from unsigned data where signed data is required.
 */
public final class OcmfVerifier {

    /** Default tolerance between signed and sampled energy, in Wh. */
    public static final long DEFAULT_TOLERANCE_WH = 100;

    private final MeterKeyRegistry keys;
    private final long toleranceWh;

    public OcmfVerifier(MeterKeyRegistry keys) {
        this(keys, DEFAULT_TOLERANCE_WH);
    }

    /** @param toleranceWh largest accepted difference between signed and sampled energy */
    public OcmfVerifier(MeterKeyRegistry keys, long toleranceWh) {
        this.keys = Objects.requireNonNull(keys, "keys");
        if (toleranceWh < 0) {
            throw new IllegalArgumentException("the energy tolerance must not be negative, is " + toleranceWh + " Wh");
        }
        this.toleranceWh = toleranceWh;
    }

    /** Verifies a session of a station that is not marked relevant under calibration law. */
    public OcmfVerification verify(ChargingSession session) {
        return verify(session, false);
    }

    /**
     * @param eichrechtRelevant the station bills under calibration law: a session without signed values is
     *                          held instead of billed from its samples
     */
    public OcmfVerification verify(ChargingSession session, boolean eichrechtRelevant) {
        List<SignedMeterValue> values = session.signedValues();
        if (values.isEmpty()) {
            return eichrechtRelevant ? new OcmfVerification(List.of(), List.of("no signed meter values, but station "
                    + session.stationId() + " is relevant under calibration law (Eichrecht)"), null, null,
                    "no signed meter values") : OcmfVerification.unsigned();
        }
        List<String> raw = values.stream().map(SignedMeterValue::signedData).toList();
        List<String> problems = new ArrayList<>();
        List<OcmfPacket> packets = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            try {
                packets.add(OcmfParser.parse(values.get(i)));
            } catch (OcmfFormatException e) {
                problems.add("signed value " + (i + 1) + " is not valid OCMF: " + e.getMessage());
            }
        }
        if (packets.isEmpty()) {
            return new OcmfVerification(raw, problems, null, null, "no parsable OCMF packet");
        }
        String serial = packets.get(0).meterSerial();
        checkSerials(session, packets, problems);
        Optional<PublicKey> key = keys.publicKey(serial);
        if (key.isEmpty()) {
            problems.add("no public key registered for meter " + serial);
        } else {
            packets.forEach(p -> checkSignature(p, key.get(), problems));
        }
        checkPagination(packets, problems);
        SignedReadings readings = SignedReadings.of(packets, problems);
        Long signedWh = readings.energyWh();
        if (signedWh != null && Math.abs(signedWh - session.sampledEnergyWh()) > toleranceWh) {
            problems.add("signed energy " + signedWh + " Wh differs from the sampled " + session.sampledEnergyWh()
                    + " Wh by " + Math.abs(signedWh - session.sampledEnergyWh()) + " Wh, more than the tolerance of "
                    + toleranceWh + " Wh");
        }
        String summary = packets.size() + " OCMF packet(s) of meter " + serial + ", pagination "
                + packets.get(0).pagination() + "–" + packets.get(packets.size() - 1).pagination()
                + (problems.isEmpty() ? ", all signatures valid" : ", " + problems.size() + " problem(s)")
                + readings.describe();
        return new OcmfVerification(raw, problems, problems.isEmpty() ? signedWh : null,
                key.map(MeterKeys::toHex).orElse(null), summary);
    }

    private static void checkSerials(ChargingSession session, List<OcmfPacket> packets, List<String> problems) {
        for (OcmfPacket p : packets) {
            if (session.meterSerial() != null && !session.meterSerial().equals(p.meterSerial())) {
                problems.add("meter serial mismatch: packet " + p.pagination() + " was signed by meter "
                        + p.meterSerial() + ", the station reported meter " + session.meterSerial());
            } else if (!p.meterSerial().equals(packets.get(0).meterSerial())) {
                problems.add("meter serial mismatch: packet " + p.pagination() + " names meter " + p.meterSerial()
                        + ", the first packet meter " + packets.get(0).meterSerial());
            }
        }
    }

    private static void checkSignature(OcmfPacket p, PublicKey key, List<String> problems) {
        Optional<OcmfCurve> curve = p.curve();
        if (curve.isEmpty()) {
            problems.add("packet " + p.pagination() + ": unsupported signature algorithm " + p.signatureAlgorithm());
            return;
        }
        Optional<OcmfCurve> keyCurve = MeterKeys.curve(key);
        if (keyCurve.isPresent() && keyCurve.get() != curve.get()) {
            problems.add("packet " + p.pagination() + ": signed with " + curve.get().algorithm()
                    + ", but the meter's registered key is on " + keyCurve.get().curveName());
            return;
        }
        try {
            if (!MeterKeys.verifies(key, p.signedBytes(), p.signatureBytes())) {
                problems.add("packet " + p.pagination() + ": signature does not verify (data altered or wrong key)");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            problems.add("packet " + p.pagination() + ": signature cannot be checked: " + e.getMessage());
        }
    }

    /** Consecutive packets of one session must carry consecutive counters of one kind. */
    private static void checkPagination(List<OcmfPacket> packets, List<String> problems) {
        for (int i = 1; i < packets.size(); i++) {
            OcmfPacket prev = packets.get(i - 1);
            OcmfPacket next = packets.get(i);
            if (next.paginationKind() != prev.paginationKind()
                    || next.paginationNumber() != prev.paginationNumber() + 1) {
                problems.add("pagination gap: " + prev.pagination() + " is followed by " + next.pagination());
            }
        }
    }
}
