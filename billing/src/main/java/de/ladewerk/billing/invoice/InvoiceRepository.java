package de.ladewerk.billing.invoice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Issued invoices with their PDFs; append-only, numbered without gaps per year. */
public interface InvoiceRepository {

    /**
     * In one transaction: takes the next number of {@code year} (locking the counter row), numbers the
     * draft, renders the PDF and stores invoice, PDF and the CDR links. If anything fails, nothing is kept
     * and the number is not used.
     */
    Invoice issue(InvoiceDraft draft, int year, Instant issuedAt, Function<Invoice, byte[]> renderPdf);

    Optional<Invoice> byNumber(String number);

    Optional<byte[]> pdf(String number);

    List<Invoice> forCustomer(String customerId);
}
