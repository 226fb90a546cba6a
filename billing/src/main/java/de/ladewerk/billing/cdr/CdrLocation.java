package de.ladewerk.billing.cdr;

/**
 * Where a session took place, as an OCPI CdrLocation needs it. Billing does not own station master data;
 * the application supplies it through {@link LocationDirectory}.
 *
 * @param evseId             eMI3 EVSE id, e.g. "DE*SWW*E1001*1"
 * @param connectorStandard  OCPI ConnectorType, e.g. "IEC_62196_T2"
 * @param connectorFormat    SOCKET or CABLE
 * @param powerType          AC_1_PHASE, AC_3_PHASE or DC
 */
public record CdrLocation(String id, String name, String address, String city, String postalCode, String country,
                          String latitude, String longitude, String evseUid, String evseId,
                          String connectorStandard, String connectorFormat, String powerType) {
}
