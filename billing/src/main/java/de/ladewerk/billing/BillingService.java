package de.ladewerk.billing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.billing.cdr.Cdr;
import de.ladewerk.billing.cdr.CdrCsv;
import de.ladewerk.billing.cdr.CdrRepository;
import de.ladewerk.billing.cdr.LocationDirectory;
import de.ladewerk.billing.cdr.OcpiCdrJson;
import de.ladewerk.billing.cdr.TransparencyFile;
import de.ladewerk.billing.invoice.Invoice;
import de.ladewerk.billing.invoice.InvoiceCsv;
import de.ladewerk.billing.invoice.InvoiceDraft;
import de.ladewerk.billing.invoice.InvoicePdf;
import de.ladewerk.billing.invoice.InvoiceRecipient;
import de.ladewerk.billing.invoice.InvoiceRepository;
import de.ladewerk.billing.meterkey.MeterKeyAdministration;
import de.ladewerk.billing.persistence.JooqMeterKeyStore;
import de.ladewerk.billing.ocmf.OcmfVerifier;
import de.ladewerk.billing.persistence.BillingDatabase;
import de.ladewerk.billing.rating.RatingEngine;
import de.ladewerk.billing.review.EichrechtStations;
import de.ladewerk.billing.review.HeldSession;
import de.ladewerk.billing.review.HeldSessionRepository;
import de.ladewerk.billing.session.ChargingSession;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Billing's facade for the application: sessions in, CDRs, held sessions and invoices out; tariff
 * management in {@link TariffAdministration} ({@link #tariffs()}). Thread-safe; blocking (JDBC), so call it
 * from worker threads.
 */
public final class BillingService {

    private final BillingSettings settings;
    private final TariffAdministration tariffs;
    private final CdrRepository cdrs;
    private final HeldSessionRepository held;
    private final InvoiceRepository invoices;
    private final MeterKeyAdministration meterKeys;
    private final EichrechtStations eichrecht;
    private final SessionBilling billing;
    private final InvoicePdf pdf;
    private final BillingDatabase db;
    private final Clock clock;

    /** Billing on PostgreSQL; the schema must have been migrated ({@link BillingDatabase#migrate}). */
    public static BillingService onPostgres(DataSource dataSource, BillingSettings settings, Clock clock) {
        BillingDatabase db = new BillingDatabase(dataSource);
        return new BillingService(settings, db, clock);
    }

    private BillingService(BillingSettings settings, BillingDatabase db, Clock clock) {
        this.settings = settings;
        this.db = db;
        this.clock = clock;
        this.tariffs = new TariffAdministration(db.tariffs(), settings.zone());
        this.cdrs = db.cdrs();
        this.held = db.heldSessions();
        this.invoices = db.invoices();
        JooqMeterKeyStore keyStore = db.meterKeys();
        this.meterKeys = new MeterKeyAdministration(keyStore, clock);
        this.eichrecht = db.eichrechtStations();
        this.billing = new SessionBilling(db.tariffs(), cdrs, held, db.signedValues(),
                new OcmfVerifier(keyStore, settings.energyToleranceWh()), meterKeys, eichrecht,
                new RatingEngine(settings.zone()), clock);
        this.pdf = new InvoicePdf(settings.issuer(), settings.zone());
    }

    /** Tariff versions, assignments and the ad-hoc kWh price for display. */
    public TariffAdministration tariffs() {
        return tariffs;
    }

    /**
     * Bills a finished session: verifies its signed meter values, rates it with the tariff valid at its
     * start and issues the CDR, or holds it for review with the reasons. Calling it again for the same
     * session returns the first outcome.
     */
    public BillingOutcome onSessionEnded(ChargingSession session) {
        return billing.bill(session);
    }

    /** Those of {@code sessionIds} that billing has decided on already (a CDR or a hold); the rest are unbilled. */
    public Set<String> settled(Collection<String> sessionIds) {
        return sessionIds.isEmpty() ? Set.of() : db.settled(sessionIds);
    }

    /** The meter key registry: proposals, approvals and their audit. */
    public MeterKeyAdministration meterKeys() {
        return meterKeys;
    }

    /**
     * Registers and approves the public key of a calibrated meter in one step, for tools that hold it from a
     * trusted source (the demo's simulated meters); operators use {@link #meterKeys()}.
     */
    public void registerMeterKey(String meterSerial, PublicKey key, String operator) {
        meterKeys.register(meterSerial, key, operator);
    }

    /**
     * Marks a station as relevant under calibration law (its sessions are billed only from complete, valid
     * signatures) or unmarks it; audited with the operator.
     */
    public void markEichrechtRelevant(String stationId, boolean relevant, String operator) {
        eichrecht.mark(stationId, relevant, operator, clock.instant());
    }

    /** The stations marked as relevant under calibration law. */
    public List<EichrechtStations.Marked> eichrechtStations() {
        return eichrecht.marked();
    }

    public Optional<Cdr> cdr(String cdrId) {
        return cdrs.byId(cdrId);
    }

    /** Normal and credit CDRs of a session. */
    public List<Cdr> cdrsOfSession(String sessionId) {
        return cdrs.bySession(sessionId);
    }

    /** CDRs of sessions that ended in {@code [from, to)}. */
    public List<Cdr> cdrsEndedBetween(Instant from, Instant to) {
        return cdrs.endedBetween(from, to);
    }

    /**
     * The session's signed meter values as the S.A.F.E. Transparenzsoftware's XML container, to hand to the
     * customer; empty if the CDR carries no signed data.
     */
    public Optional<String> transparencyFile(String cdrId) {
        Cdr c = cdrs.byId(cdrId).orElseThrow(() -> new NoSuchElementException("no CDR " + cdrId));
        return Optional.ofNullable(c.signedData()).map(s -> TransparencyFile.xml(s, c.sessionId()));
    }

    /** Accounting export: one CSV row per CDR ended in {@code [from, to)}. */
    public String cdrsCsv(Instant from, Instant to) {
        return CdrCsv.write(cdrs.endedBetween(from, to));
    }

    /** A CDR as OCPI 2.2.1 JSON, with the tariff version it was priced with. */
    public ObjectNode cdrAsOcpi(String cdrId, LocationDirectory locations) {
        Cdr c = cdrs.byId(cdrId).orElseThrow(() -> new NoSuchElementException("no CDR " + cdrId));
        return OcpiCdrJson.toJson(c, settings.party(), locations.locate(c.stationId(), c.evseId(), c.connectorId()),
                tariffs.version(c.tariffId(), c.tariffVersion()).orElse(null));
    }

    /** Cancels a CDR with a credit CDR (negative amounts); the original stays unchanged. */
    public Cdr creditCdr(String cdrId, String reason) {
        Cdr original = cdrs.byId(cdrId).orElseThrow(() -> new NoSuchElementException("no CDR " + cdrId));
        return billing.credit(original, reason);
    }

    /** Sessions waiting for review, oldest first. */
    public List<HeldSession> heldSessions() {
        return held.withStatus(HeldSession.Status.HELD);
    }

    /** An operator decides to bill a held session; energy counts as signed only if the signatures held. */
    public Cdr releaseHeldSession(String sessionId, String operator, String note) {
        HeldSession current = held.bySessionId(sessionId).filter(h -> h.status() == HeldSession.Status.HELD)
                .orElseThrow(() -> new IllegalStateException("session " + sessionId + " is not on hold"));
        // rate first: a session that cannot be billed yet (e.g. no tariff) stays on hold, unchanged
        Cdr cdr = billing.prepareRelease(current, operator, note);
        held.resolve(sessionId, HeldSession.Status.RELEASED, operator, note, clock.instant());
        return billing.append(cdr);
    }

    /** An operator decides a held session is not billed. */
    public HeldSession rejectHeldSession(String sessionId, String operator, String note) {
        return held.resolve(sessionId, HeldSession.Status.REJECTED, operator, note, clock.instant());
    }

    /**
     * Invoices a customer's CDRs (including credits) not yet invoiced whose session ended before the end of
     * {@code month}, with the next gap-free number of the current year, and stores its PDF.
     *
     * @throws IllegalArgumentException if the month has not ended yet or there is nothing to invoice
     * @throws IllegalStateException if the customer already has an invoice for that month
     */
    public Invoice issueInvoice(InvoiceRecipient recipient, YearMonth month) {
        List<String> issuerProblems = settings.issuer().problems();
        if (!issuerProblems.isEmpty()) {
            throw new IllegalStateException("no invoice without the issuer's name, address and VAT id (§14 UStG): "
                    + String.join("; ", issuerProblems) + "; set them in the billing configuration (billing.issuer*)");
        }
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(settings.zone()).toInstant();
        if (clock.instant().isBefore(monthEnd)) {
            // sessions of the month may still end; an invoice now would miss them
            throw new IllegalArgumentException("month " + month + " has not ended yet (it ends at " + monthEnd
                    + "); invoices are issued for ended months only");
        }
        invoices.forCustomer(recipient.customerId()).stream().filter(i -> i.month().equals(month)).findFirst()
                .ifPresent(i -> {
                    throw new IllegalStateException("customer " + recipient.customerId() + " already has an invoice for "
                            + month + " (" + i.number() + "); corrections go on a later invoice via a credit");
                });
        List<Cdr> open = cdrs.uninvoiced(recipient.customerId(), monthEnd);
        InvoiceDraft draft = new InvoiceDraft(recipient, month,
                open.isEmpty() ? java.util.Currency.getInstance("EUR") : open.get(0).currency(), open);
        Instant now = clock.instant();
        return invoices.issue(draft, now.atZone(settings.zone()).getYear(), now, pdf::render);
    }

    public Optional<Invoice> invoice(String number) {
        return invoices.byNumber(number);
    }

    public List<Invoice> invoicesOf(String customerId) {
        return invoices.forCustomer(customerId);
    }

    /** The stored PDF, byte for byte as issued. */
    public Optional<byte[]> invoicePdf(String number) {
        return invoices.pdf(number);
    }

    /** Machine-readable invoice: one CSV row per line, then the totals. */
    public Optional<String> invoiceCsv(String number) {
        return invoices.byNumber(number).map(InvoiceCsv::write);
    }
}
