package de.ladewerk.billing;

import de.ladewerk.billing.cdr.Cdr;
import de.ladewerk.billing.review.HeldSession;

/** What became of a finished session: a CDR, or a hold for review with the reasons. */
public sealed interface BillingOutcome {

    /** The session was rated and its CDR issued. */
    record Billed(Cdr cdr) implements BillingOutcome {
    }

    /** The session could not be billed automatically; an operator must review it. */
    record Held(HeldSession held) implements BillingOutcome {
    }
}
