package de.ladewerk.billing.invoice;

import java.util.List;
import java.util.Objects;

/** Who an invoice is addressed to; customer master data stays with the application. */
public record InvoiceRecipient(String customerId, String name, List<String> addressLines) {
    public InvoiceRecipient {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(name, "name");
        addressLines = List.copyOf(addressLines);
    }
}
