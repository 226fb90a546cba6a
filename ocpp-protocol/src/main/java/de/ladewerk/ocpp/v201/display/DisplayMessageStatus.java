package de.ladewerk.ocpp.v201.display;

/** OCPP 2.0.1 DisplayMessageStatusEnumType. */
public enum DisplayMessageStatus {
    Accepted, NotSupportedMessageFormat, Rejected, NotSupportedPriority, NotSupportedState, UnknownTransaction
}
