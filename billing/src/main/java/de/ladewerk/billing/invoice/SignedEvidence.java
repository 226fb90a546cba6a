package de.ladewerk.billing.invoice;

import java.util.List;

/** The signed meter data of one invoiced session, so the customer can check the billed energy. */
public record SignedEvidence(String cdrId, String sessionId, String meterSerial, String publicKeyHex,
                             List<String> packets, String note) {
    public SignedEvidence {
        packets = List.copyOf(packets);
    }
}
