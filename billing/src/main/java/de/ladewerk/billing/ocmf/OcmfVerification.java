package de.ladewerk.billing.ocmf;

import java.util.List;

/**
 * The outcome of checking a session's signed meter values.
 *
 * @param rawPackets     every packet exactly as received
 * @param problems       why the session must be held; empty when it may be billed
 * @param signedEnergyWh energy between the signed begin and end readings, {@code null} if not signed
 * @param publicKeyHex   registered key used, {@code null} if none was found
 * @param summary        what was checked, for the CDR and the invoice
 */
public record OcmfVerification(List<String> rawPackets, List<String> problems, Long signedEnergyWh,
                               String publicKeyHex, String summary) {

    public OcmfVerification {
        rawPackets = List.copyOf(rawPackets);
        problems = List.copyOf(problems);
    }

    /** Nothing was signed: the session is billed from its samples. */
    public static OcmfVerification unsigned() {
        return new OcmfVerification(List.of(), List.of(), null, null, "no signed meter values");
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    public boolean isSigned() {
        return !rawPackets.isEmpty();
    }
}
