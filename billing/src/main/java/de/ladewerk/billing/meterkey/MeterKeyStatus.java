package de.ladewerk.billing.meterkey;

/** Where a meter key stands in the registry. Only an APPROVED key is used to verify signatures. */
public enum MeterKeyStatus {
    /** Reported by a station or entered by an operator; not trusted until approved. */
    PROPOSED,
    /** Trusted: OCMF packets of the meter are verified with it. At most one per meter. */
    APPROVED,
    /** An operator decided it is not the meter's key. */
    REJECTED,
    /** Was approved, replaced by the approval of another key of the same meter. */
    SUPERSEDED
}
