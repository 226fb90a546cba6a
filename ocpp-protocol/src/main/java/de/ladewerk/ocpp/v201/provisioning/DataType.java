package de.ladewerk.ocpp.v201.provisioning;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OCPP 2.0.1 DataEnumType: the data type of a variable; {@code boolean} is the constant BooleanType. */
public enum DataType {
    string,
    decimal,
    integer,
    dateTime,
    @JsonProperty("boolean") BooleanType,
    OptionList,
    SequenceList,
    MemberList
}
