package de.ladewerk.billing.cdr;

/**
 * The CPO that owns the CDRs, as OCPI names it.
 *
 * @param countryCode ISO 3166 alpha-2, e.g. "DE"
 * @param partyId     three characters, e.g. "SWW"
 */
public record OcpiParty(String countryCode, String partyId) {
    public OcpiParty {
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("OCPI country code must be two upper-case letters: " + countryCode);
        }
        if (partyId == null || !partyId.matches("[A-Z0-9]{3}")) {
            throw new IllegalArgumentException("OCPI party id must be three upper-case letters or digits: " + partyId);
        }
    }
}
