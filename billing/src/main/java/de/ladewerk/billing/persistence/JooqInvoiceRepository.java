package de.ladewerk.billing.persistence;

import static de.ladewerk.billing.persistence.BillingTables.*;

import de.ladewerk.billing.invoice.Invoice;
import de.ladewerk.billing.invoice.InvoiceDraft;
import de.ladewerk.billing.invoice.InvoiceRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;

/** Invoices with gap-free numbers: the per-year counter row is incremented and locked in the same transaction. */
public final class JooqInvoiceRepository implements InvoiceRepository {

    private final DSLContext db;

    public JooqInvoiceRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public Invoice issue(InvoiceDraft draft, int year, Instant issuedAt, Function<Invoice, byte[]> renderPdf) {
        try {
            return issueOnce(draft, year, issuedAt, renderPdf);
        } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
            // a concurrent request issued the same customer's month first
            throw duplicate(draft);
        }
    }

    private static IllegalStateException duplicate(InvoiceDraft draft) {
        return new IllegalStateException("customer " + draft.recipient().customerId() + " already has an invoice for "
                + draft.month() + "; corrections go on a later invoice via a credit");
    }

    private Invoice issueOnce(InvoiceDraft draft, int year, Instant issuedAt, Function<Invoice, byte[]> renderPdf) {
        return db.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            if (t.fetchExists(INVOICES, CUSTOMER_ID.eq(draft.recipient().customerId())
                    .and(BILLING_MONTH.eq(draft.month().atDay(1))))) {
                throw duplicate(draft);
            }
            // the upsert takes the row lock; a concurrent issuer waits until we commit or roll back
            int seq = t.insertInto(INVOICE_COUNTERS).set(YEAR, year).set(LAST_NUMBER, 1)
                    .onConflict(YEAR).doUpdate().set(LAST_NUMBER, COUNTER_LAST_NUMBER.plus(1))
                    .returningResult(LAST_NUMBER).fetchOne().value1();
            Invoice invoice = draft.numbered(String.format("%d-%06d", year, seq), issuedAt);
            byte[] pdf = renderPdf.apply(invoice);
            t.insertInto(INVOICES)
                    .set(INVOICE_NUMBER, invoice.number()).set(YEAR, year).set(SEQ, seq)
                    .set(CUSTOMER_ID, invoice.recipient().customerId())
                    .set(BILLING_MONTH, invoice.month().atDay(1)).set(ISSUED_AT, utc(issuedAt))
                    .set(CURRENCY, invoice.currency().getCurrencyCode())
                    .set(TOTAL_NET, invoice.totalNet().amount()).set(TOTAL_VAT, invoice.totalVat().amount())
                    .set(TOTAL_GROSS, invoice.totalGross().amount())
                    .set(BODY, BillingJson.write(invoice)).set(PDF, pdf).execute();
            for (String cdrId : invoice.cdrIds()) {
                t.insertInto(INVOICE_CDRS).set(CDR_ID, cdrId).set(INVOICE_NUMBER, invoice.number()).execute();
            }
            return invoice;
        });
    }

    @Override
    public Optional<Invoice> byNumber(String number) {
        return db.select(BODY).from(INVOICES).where(INVOICE_NUMBER.eq(number))
                .fetchOptional(r -> BillingJson.read(r.value1(), Invoice.class));
    }

    @Override
    public Optional<byte[]> pdf(String number) {
        return db.select(PDF).from(INVOICES).where(INVOICE_NUMBER.eq(number)).fetchOptional(r -> r.value1());
    }

    @Override
    public List<Invoice> forCustomer(String customerId) {
        return db.select(BODY).from(INVOICES).where(CUSTOMER_ID.eq(customerId)).orderBy(YEAR, SEQ)
                .fetch(r -> BillingJson.read(r.value1(), Invoice.class));
    }
}
