package de.ladewerk.simulator.behaviour;

/** Why a transaction ended, version-neutral, with the 1.6 and 2.0.1 Reason spellings. */
public enum StopReason {
    EV_DISCONNECTED("EVDisconnected", "EVDisconnected", "EVDeparted"),
    LOCAL("Local", "Local", "StopAuthorized"),
    REMOTE("Remote", "Remote", "RemoteStop"),
    DEAUTHORIZED("DeAuthorized", "DeAuthorized", "Deauthorized"),
    SOFT_RESET("SoftReset", "ImmediateReset", "ResetCommand"),
    HARD_RESET("HardReset", "ImmediateReset", "ResetCommand"),
    UNLOCK_COMMAND("UnlockCommand", "Other", "UnlockCommand"),
    POWER_LOSS("PowerLoss", "PowerLoss", "AbnormalCondition"),
    OTHER("Other", "Other", "AbnormalCondition");

    private final String v16;
    private final String v201;
    private final String v201Trigger;

    StopReason(String v16, String v201, String v201Trigger) {
        this.v16 = v16;
        this.v201 = v201;
        this.v201Trigger = v201Trigger;
    }

    public String v16() {
        return v16;
    }

    public String v201() {
        return v201;
    }

    /** The 2.0.1 TriggerReason of the TransactionEvent Ended. */
    public String v201Trigger() {
        return v201Trigger;
    }
}
