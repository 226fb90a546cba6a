package de.ladewerk.billing.cdr;

import java.util.List;

/**
 * The calibration-law evidence attached to a CDR: the signed packets exactly as the meter produced them,
 * the registered public key they were verified with, and where a customer can check them.
 *
 * @param encodingMethod    "OCMF"
 * @param signedValues      raw packets in the order received
 * @param publicKeyHex      registered meter public key (X.509 SubjectPublicKeyInfo, hex)
 * @param verificationNote  what billing checked, e.g. "2 packets, signatures valid, counter T41–T42"
 */
public record SignedData(String encodingMethod, List<String> signedValues, String publicKeyHex,
                         String verificationNote) {

    /** Text for CDR and invoice: how a customer verifies the signed readings. */
    public static final String HOW_TO_VERIFY = "Verify with the S.A.F.E. Transparenzsoftware "
            + "(https://www.safe-ev.de): open the session's transparency file (XML with the OCMF packets and the "
            + "meter's public key, available from your operator); it shows the signed begin and end readings. "
            + "The difference is the billed energy.";

    public SignedData {
        signedValues = List.copyOf(signedValues);
    }
}
