package de.ladewerk.ocpp.v201.display;

/** OCPP 2.0.1 MessagePriorityEnumType. */
public enum MessagePriority {
    AlwaysFront, InFront, NormalCycle
}
