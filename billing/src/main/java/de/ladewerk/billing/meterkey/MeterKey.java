package de.ladewerk.billing.meterkey;

import java.time.Instant;

/**
 * One key of a meter in the registry.
 *
 * @param publicKeyHex lower-case hex of the DER SubjectPublicKeyInfo
 * @param curve        the key's curve, e.g. "brainpoolP256r1"
 * @param source       where the key came from: "operator" or "station:{id}"
 * @param proposedBy   who entered it (operator name, or the station's identity)
 * @param decidedAt    when it was approved or rejected, {@code null} while proposed
 * @param decidedBy    the operator who decided, {@code null} while proposed
 */
public record MeterKey(long id, String meterSerial, String publicKeyHex, String curve, MeterKeyStatus status,
                       String source, Instant proposedAt, String proposedBy, Instant decidedAt, String decidedBy,
                       String note) {
}
