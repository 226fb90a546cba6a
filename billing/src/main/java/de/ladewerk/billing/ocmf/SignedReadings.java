package de.ladewerk.billing.ocmf;

import java.util.List;

/** The signed begin and end energy readings of a session, if both are present and sound. */
record SignedReadings(OcmfReading begin, OcmfReading end) {

    static SignedReadings of(List<OcmfPacket> packets, List<String> problems) {
        OcmfReading begin = null;
        OcmfReading end = null;
        for (OcmfPacket p : packets) {
            for (OcmfReading r : p.readings()) {
                if (!r.isEnergyImport()) {
                    continue;
                }
                if (!r.isGood()) {
                    problems.add("packet " + p.pagination() + ": meter reports error status " + r.status()
                            + " for the reading at " + r.time());
                }
                if ("B".equals(r.type()) && begin == null) {
                    begin = r;
                } else if ("E".equals(r.type())) {
                    end = r;
                }
            }
        }
        if (begin != null && end != null) {
            try {
                if (end.energyWh() < begin.energyWh()) {
                    problems.add("signed end reading " + end.value() + " is below begin reading " + begin.value());
                }
            } catch (OcmfFormatException e) {
                problems.add(e.getMessage());
                return new SignedReadings(null, null);
            }
        }
        return new SignedReadings(begin, end);
    }

    /** Billed energy from the signed readings, {@code null} unless both were signed. */
    Long energyWh() {
        return begin != null && end != null ? end.energyWh() - begin.energyWh() : null;
    }

    String describe() {
        if (begin == null || end == null) {
            return "; no signed begin and end reading, energy taken from the meter samples";
        }
        return "; signed begin " + begin.value().toPlainString() + " " + begin.unit() + ", end "
                + end.value().toPlainString() + " " + end.unit();
    }
}
