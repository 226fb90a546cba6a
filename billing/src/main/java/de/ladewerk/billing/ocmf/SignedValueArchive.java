package de.ladewerk.billing.ocmf;

import java.util.List;

/** Keeps every signed meter value exactly as received, append-only. */
public interface SignedValueArchive {

    /** Stores the packets of a session; storing the same session again changes nothing. */
    void archive(String sessionId, List<String> rawPackets);

    List<String> packets(String sessionId);
}
