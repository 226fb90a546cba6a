package de.ladewerk.billing.cdr;

import de.ladewerk.billing.ocmf.OcmfFormatException;
import de.ladewerk.billing.ocmf.OcmfParser;
import de.ladewerk.billing.ocmf.OcmfReading;
import de.ladewerk.billing.ocmf.OcmfTransaction;
import java.util.List;
import java.util.Optional;

/**
 * A session's signed meter values in the XML container the S.A.F.E. Transparenzsoftware opens as it is: one
 * {@code <value>} per OCMF packet, the packet as plain text exactly as the meter signed it (only XML-escaped, which
 * the reader undoes), and the meter's public key in hex. A customer checks the billed energy with it.
 */
public final class TransparencyFile {

    private TransparencyFile() {
    }

    /** The XML for one CDR's signed data; {@code transactionId} names the session in the file. */
    public static String xml(SignedData signed, String transactionId) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<values>\n");
        for (String packet : signed.signedValues()) {
            out.append("  <value transactionId=\"").append(escape(transactionId)).append("\" context=\"")
                    .append(context(packet)).append("\">\n")
                    .append("    <signedData format=\"OCMF\" encoding=\"plain\">").append(text(packet.strip()))
                    .append("</signedData>\n");
            if (signed.publicKeyHex() != null) {
                out.append("    <publicKey encoding=\"hex\">").append(signed.publicKeyHex().toUpperCase(java.util.Locale.ROOT))
                        .append("</publicKey>\n");
            }
            out.append("  </value>\n");
        }
        return out.append("</values>\n").toString();
    }

    /** Transaction.Begin or .End from the packet's readings, else Sample.Periodic. */
    private static String context(String packet) {
        List<OcmfReading> readings;
        try {
            readings = OcmfParser.parse(packet.strip()).readings();
        } catch (OcmfFormatException e) {
            return "Sample.Periodic";
        }
        Optional<OcmfTransaction> first = readings.isEmpty() ? Optional.empty() : readings.get(0).transaction();
        Optional<OcmfTransaction> last = readings.isEmpty() ? Optional.empty() : readings.get(readings.size() - 1).transaction();
        if (first.filter(t -> t == OcmfTransaction.BEGIN).isPresent() && readings.size() == 1) {
            return "Transaction.Begin";
        }
        if (last.filter(OcmfTransaction::isEnd).isPresent()) {
            return "Transaction.End";
        }
        return first.filter(t -> t == OcmfTransaction.BEGIN).isPresent() ? "Transaction.Begin" : "Sample.Periodic";
    }

    /** Element content: quotes stay as they are, so the packet reads as the meter wrote it. */
    private static String text(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String escape(String attribute) {
        return text(attribute).replace("\"", "&quot;");
    }
}
