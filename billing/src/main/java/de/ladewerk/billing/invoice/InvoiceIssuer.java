package de.ladewerk.billing.invoice;

import java.util.ArrayList;
import java.util.List;

/**
 * The utility issuing invoices, as printed in the letterhead. §14 (4) UStG requires the issuer's full name and
 * address and its VAT id (or tax number) on every invoice.
 */
public record InvoiceIssuer(String name, List<String> addressLines, String vatId) {
    public InvoiceIssuer {
        addressLines = List.copyOf(addressLines);
    }

    /** What §14 UStG needs that is missing or malformed, by field ("name", "address", "vatId"); empty when complete. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("name is missing");
        }
        if (addressLines.size() < 2 || addressLines.stream().anyMatch(String::isBlank)) {
            problems.add("address needs at least street and postcode/town");
        }
        if (vatId == null || vatId.isBlank()) {
            problems.add("vatId is missing");
        } else if (!vatId.strip().matches("[A-Z]{2}[0-9A-Za-z+*.]{2,12}")) {
            problems.add("vatId '" + vatId + "' is not a VAT id (country code and 2–12 characters, e.g. DE123456789)");
        }
        return problems;
    }
}
