package de.ladewerk.billing.invoice;

import java.util.List;

/** The utility issuing invoices, as printed in the letterhead. */
public record InvoiceIssuer(String name, List<String> addressLines, String vatId) {
    public InvoiceIssuer {
        addressLines = List.copyOf(addressLines);
    }
}
