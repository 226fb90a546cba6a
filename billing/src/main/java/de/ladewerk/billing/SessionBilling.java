package de.ladewerk.billing;

import de.ladewerk.billing.cdr.Cdr;
import de.ladewerk.billing.cdr.CdrIssuer;
import de.ladewerk.billing.cdr.CdrRepository;
import de.ladewerk.billing.cdr.SignedData;
import de.ladewerk.billing.meterkey.MeterKeyAdministration;
import de.ladewerk.billing.ocmf.OcmfFormatException;
import de.ladewerk.billing.ocmf.OcmfParser;
import de.ladewerk.billing.ocmf.OcmfVerification;
import de.ladewerk.billing.ocmf.OcmfVerifier;
import de.ladewerk.billing.ocmf.SignedValueArchive;
import de.ladewerk.billing.rating.Rating;
import de.ladewerk.billing.rating.RatingEngine;
import de.ladewerk.billing.review.EichrechtStations;
import de.ladewerk.billing.review.HeldSession;
import de.ladewerk.billing.review.HeldSessionRepository;
import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.SignedMeterValue;
import de.ladewerk.billing.tariff.Tariff;
import de.ladewerk.billing.tariff.TariffAssignment;
import de.ladewerk.billing.tariff.TariffRepository;
import de.ladewerk.billing.tariff.TariffSelector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** From a finished session to a CDR or a hold: archive, verify, find the tariff, rate, issue. */
final class SessionBilling {

    private final TariffRepository tariffs;
    private final CdrRepository cdrs;
    private final HeldSessionRepository held;
    private final SignedValueArchive archive;
    private final OcmfVerifier verifier;
    private final MeterKeyAdministration meterKeys;
    private final EichrechtStations eichrecht;
    private final RatingEngine engine;
    private final CdrIssuer issuer;
    private final Clock clock;

    SessionBilling(TariffRepository tariffs, CdrRepository cdrs, HeldSessionRepository held, SignedValueArchive archive,
                   OcmfVerifier verifier, MeterKeyAdministration meterKeys, EichrechtStations eichrecht, RatingEngine engine,
                   Clock clock) {
        this.tariffs = tariffs;
        this.cdrs = cdrs;
        this.held = held;
        this.archive = archive;
        this.verifier = verifier;
        this.meterKeys = meterKeys;
        this.eichrecht = eichrecht;
        this.engine = engine;
        this.issuer = new CdrIssuer(clock);
        this.clock = clock;
    }

    BillingOutcome bill(ChargingSession s) {
        Optional<Cdr> existing = firstCdr(s.sessionId());
        if (existing.isPresent()) { // a redelivered event must not bill twice
            return new BillingOutcome.Billed(existing.get());
        }
        Optional<HeldSession> onHold = held.bySessionId(s.sessionId());
        if (onHold.isPresent()) {
            return new BillingOutcome.Held(onHold.get());
        }
        proposeReportedKeys(s);
        OcmfVerification v = verifier.verify(s, eichrecht.isRelevant(s.stationId()));
        archive.archive(s.sessionId(), v.rawPackets());
        List<String> problems = new ArrayList<>(v.problems());
        Optional<Tariff> tariff = tariffFor(s, problems);
        if (!problems.isEmpty() || tariff.isEmpty()) {
            HeldSession h = new HeldSession(s, clock.instant(), problems, HeldSession.Status.HELD, null, null, null);
            held.hold(h);
            return new BillingOutcome.Held(h);
        }
        try {
            return new BillingOutcome.Billed(issue(s, tariff.get(), v, v.signedEnergyWh(), v.summary()));
        } catch (RuntimeException e) {
            // the same session billed at the same time elsewhere: the store keeps one CDR per session
            Optional<Cdr> winner = firstCdr(s.sessionId());
            if (winner.isPresent()) {
                return new BillingOutcome.Billed(winner.get());
            }
            throw e;
        }
    }

    private Optional<Cdr> firstCdr(String sessionId) {
        return cdrs.bySession(sessionId).stream().filter(c -> !c.isCredit()).findFirst();
    }

    /**
     * Keys the station sent along become proposals for an operator to approve; they are never used
     * for this session's verification.
     */
    private void proposeReportedKeys(ChargingSession s) {
        for (SignedMeterValue v : s.signedValues()) {
            if (v.publicKey() == null || v.publicKey().isBlank()) {
                continue;
            }
            String serial = s.meterSerial();
            try {
                serial = OcmfParser.parse(v).meterSerial();
            } catch (OcmfFormatException e) {
                // the verification reports the packet; the station's meter serial names the meter
            }
            if (serial != null) {
                meterKeys.proposeFromStation(serial, v.publicKey(), s.stationId());
            }
        }
    }

    /** The CDR a release would issue, rated but not stored; fails (changing nothing) if it cannot be rated. */
    Cdr prepareRelease(HeldSession h, String operator, String note) {
        ChargingSession s = h.session();
        List<String> problems = new ArrayList<>();
        Tariff tariff = tariffFor(s, problems).orElseThrow(() -> new IllegalStateException(String.join("; ", problems)));
        OcmfVerification v = verifier.verify(s, eichrecht.isRelevant(s.stationId()));
        Long energy = v.passed() ? v.signedEnergyWh() : null;
        String summary = v.summary() + "; held for: " + String.join("; ", h.reasons()) + "; released by " + operator
                + (note == null ? "" : " (" + note + ")") + (energy == null ? "; energy from meter samples" : "");
        return rate(s, tariff, v, energy, summary);
    }

    /** Stores a CDR made by {@link #prepareRelease}. */
    Cdr append(Cdr cdr) {
        cdrs.append(cdr);
        return cdr;
    }

    private Cdr issue(ChargingSession s, Tariff tariff, OcmfVerification v, Long energyWh, String summary) {
        return append(rate(s, tariff, v, energyWh, summary));
    }

    private Cdr rate(ChargingSession s, Tariff tariff, OcmfVerification v, Long energyWh, String summary) {
        Rating rating = engine.rate(tariff, s, energyWh);
        SignedData signed = v.isSigned() ? new SignedData("OCMF", v.rawPackets(), v.publicKeyHex(), summary) : null;
        return issuer.issue(s, rating, signed);
    }

    Cdr credit(Cdr original, String reason) {
        cdrs.bySession(original.sessionId()).stream().filter(c -> original.id().equals(c.creditReferenceId()))
                .findFirst().ifPresent(c -> {
                    throw new IllegalStateException("CDR " + original.id() + " is already credited by " + c.id());
                });
        Cdr credit = issuer.credit(original, reason);
        cdrs.append(credit);
        return credit;
    }

    /** The tariff version valid at session start, or a reason why there is none usable. */
    Optional<Tariff> tariffFor(ChargingSession s, List<String> problems) {
        Optional<TariffAssignment> a = TariffSelector.select(tariffs.assignmentsFor(s.stationId(), s.siteId()),
                s.stationId(), s.siteId(), s.customerGroup(), s.start());
        if (a.isEmpty()) {
            problems.add("no tariff assigned to station " + s.stationId() + " at " + s.start());
            return Optional.empty();
        }
        Optional<Tariff> t = tariffs.versionValidAt(a.get().tariffId(), s.start());
        if (t.isEmpty()) {
            problems.add("tariff " + a.get().tariffId() + " has no version valid at " + s.start());
        } else if (t.get().hasTimeBasedComponents() && !a.get().clockLegallyValid()) {
            problems.add("tariff " + t.get().id() + " prices time, but the station's clock is not legally valid");
            return Optional.empty();
        }
        return t;
    }
}
