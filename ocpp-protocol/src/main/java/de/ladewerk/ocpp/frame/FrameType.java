package de.ladewerk.ocpp.frame;

/** The OCPP-J message types by their number; switch expressions over it are checked for exhaustiveness. */
public enum FrameType {
    CALL(2),
    CALL_RESULT(3),
    CALL_ERROR(4),
    /** OCPP 2.1 only. */
    CALL_RESULT_ERROR(5),
    /** OCPP 2.1 only. */
    SEND(6);

    private final int id;

    FrameType(int id) {
        this.id = id;
    }

    /** The number standing first in the frame's JSON array. */
    public int id() {
        return id;
    }
}
