package de.ladewerk.billing.cdr;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Append-only store of CDRs. */
public interface CdrRepository {

    /** Stores a new CDR; a CDR with the same id already stored is an error. */
    void append(Cdr cdr);

    Optional<Cdr> byId(String cdrId);

    /** CDRs of a session, normal and credit, in issue order. */
    List<Cdr> bySession(String sessionId);

    /** CDRs whose session ended in {@code [from, to)}, in end order. */
    List<Cdr> endedBetween(Instant from, Instant to);

    /** A customer's CDRs not yet on an invoice whose session ended before {@code before}. */
    List<Cdr> uninvoiced(String customerId, Instant before);
}
