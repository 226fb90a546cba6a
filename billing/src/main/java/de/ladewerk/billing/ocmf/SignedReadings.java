package de.ladewerk.billing.ocmf;

import java.util.ArrayList;
import java.util.List;

/**
 * The signed energy readings of a session in packet order, checked against the transaction the specification
 * describes: the first reading is the begin (TX B), the last one an end (E, L, R, A or P), nothing in between
 * begins or ends, the meter reports no exception (X), error flag (EF) or error status (ST), and neither time nor
 * register runs backwards.
 */
record SignedReadings(OcmfReading begin, OcmfReading end) {

    static SignedReadings of(List<OcmfPacket> packets, List<String> problems) {
        List<OcmfReading> energy = new ArrayList<>();
        for (OcmfPacket p : packets) {
            for (OcmfReading r : p.readings()) {
                check(p, r, problems);
                if (r.isEnergyImport()) {
                    energy.add(r);
                }
            }
        }
        if (energy.isEmpty()) {
            problems.add("no signed energy reading (OBIS 1.8.x in kWh or Wh)");
            return new SignedReadings(null, null);
        }
        OcmfReading first = energy.get(0);
        OcmfReading last = energy.get(energy.size() - 1);
        OcmfReading begin = first.transaction().filter(t -> t == OcmfTransaction.BEGIN).map(t -> first).orElse(null);
        OcmfReading end = last.transaction().filter(OcmfTransaction::isEnd).map(t -> last).orElse(null);
        if (begin == null) {
            problems.add("no signed begin: the first signed reading has TX=" + first.type() + ", not B");
        }
        if (end == null || energy.size() < 2) {
            problems.add("no signed end: the last signed reading has TX=" + last.type()
                    + ", not E, L, R, A or P (the session's end is not signed)");
            end = null;
        }
        for (int i = 1; i < energy.size() - 1; i++) {
            OcmfReading r = energy.get(i);
            r.transaction().filter(t -> t == OcmfTransaction.BEGIN || t.isEnd()).ifPresent(t -> problems.add(
                    "signed reading at " + r.time() + " has TX=" + r.type() + " inside the transaction"));
        }
        for (int i = 1; i < energy.size(); i++) {
            OcmfReading prev = energy.get(i - 1);
            OcmfReading next = energy.get(i);
            if (next.time().isBefore(prev.time())) {
                problems.add("signed reading at " + next.time() + " is earlier than the one before (" + prev.time() + ")");
            }
            try {
                if (next.energyWh() < prev.energyWh()) {
                    problems.add("signed reading " + next.value().toPlainString() + " " + next.unit() + " at "
                            + next.time() + " is below the one before (" + prev.value().toPlainString() + " " + prev.unit() + ")");
                }
            } catch (OcmfFormatException e) {
                problems.add(e.getMessage());
                return new SignedReadings(null, null);
            }
        }
        return new SignedReadings(begin, end);
    }

    private static void check(OcmfPacket p, OcmfReading r, List<String> problems) {
        String where = "packet " + p.pagination() + ", reading at " + r.time();
        if (r.transaction().isEmpty()) {
            problems.add(where + ": transaction code TX=" + r.type() + " is not one of B, C, X, E, L, R, A, P, S, T");
        } else if (r.transaction().get() == OcmfTransaction.EXCEPTION) {
            problems.add(where + ": the meter reports an exception (TX=X): time and/or energy are not usable");
        }
        if (r.hasErrorFlags()) {
            problems.add(where + ": the meter sets error flags EF=" + r.errorFlags()
                    + (r.errorFlags().contains("E") ? " (energy error)" : "")
                    + (r.errorFlags().contains("t") ? " (time error)" : ""));
        }
        if (!r.isGood()) {
            problems.add(where + ": the meter reports error status ST=" + r.status());
        }
    }

    /** Billed energy from the signed readings, {@code null} unless begin and end were both signed. */
    Long energyWh() {
        return begin != null && end != null ? end.energyWh() - begin.energyWh() : null;
    }

    String describe() {
        if (begin == null || end == null) {
            return "; no signed begin and end reading";
        }
        return "; signed begin " + begin.value().toPlainString() + " " + begin.unit() + ", end ("
                + end.type() + ") " + end.value().toPlainString() + " " + end.unit();
    }
}
