package de.ladewerk.ocpp.v201.transactions;

/** OCPP 2.0.1 TransactionEventEnumType. */
public enum TransactionEventType {
    Ended, Started, Updated
}
