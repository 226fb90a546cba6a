package de.ladewerk.billing.ocmf;

import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.SignedMeterValue;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a session's signed meter values as calibration law requires before billing: every packet
 * parses, names the session's meter, verifies against the meter's registered key, and the pagination
 * counter runs without gaps. Every failure is collected as a reason to hold the session.
 */
public final class OcmfVerifier {

    private static final Set<String> SHA256_ECDSA = Set.of("ECDSA-secp256r1-SHA256", "ECDSA-secp384r1-SHA256",
            "ECDSA-brainpool256r1-SHA256");

    private final MeterKeyRegistry keys;

    public OcmfVerifier(MeterKeyRegistry keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    public OcmfVerification verify(ChargingSession session) {
        List<SignedMeterValue> values = session.signedValues();
        if (values.isEmpty()) {
            return OcmfVerification.unsigned();
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
        String summary = packets.size() + " OCMF packet(s) of meter " + serial + ", pagination "
                + packets.get(0).pagination() + "–" + packets.get(packets.size() - 1).pagination()
                + (problems.isEmpty() ? ", all signatures valid" : ", " + problems.size() + " problem(s)")
                + readings.describe();
        return new OcmfVerification(raw, problems, readings.energyWh(), key.map(MeterKeys::toHex).orElse(null), summary);
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
        if (!SHA256_ECDSA.contains(p.signatureAlgorithm())) {
            problems.add("packet " + p.pagination() + ": unsupported signature algorithm " + p.signatureAlgorithm());
            return;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(key);
            verifier.update(p.signedBytes());
            if (!verifier.verify(HexFormat.of().parseHex(p.signatureHex()))) {
                problems.add("packet " + p.pagination() + ": signature does not verify (data altered or wrong key)");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            problems.add("packet " + p.pagination() + ": signature cannot be checked: " + e.getMessage());
        }
    }

    /** Consecutive packets of one session must carry consecutive transaction counters. */
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
