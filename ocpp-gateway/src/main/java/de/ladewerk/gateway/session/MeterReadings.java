package de.ladewerk.gateway.session;

import de.ladewerk.gateway.dataquality.Rejection;
import java.util.List;

/** What one message reported: numeric samples, signed values, and what could not even be read. */
public record MeterReadings(List<MeterSample> samples, List<SignedValue> signed, List<Rejection> unreadable) {

    public static final MeterReadings NONE = new MeterReadings(List.of(), List.of(), List.of());

    public MeterReadings {
        samples = List.copyOf(samples);
        signed = List.copyOf(signed);
        unreadable = List.copyOf(unreadable);
    }

    /** These readings and one more sample. */
    public MeterReadings plus(MeterSample sample) {
        List<MeterSample> more = new java.util.ArrayList<>(samples);
        more.add(sample);
        return new MeterReadings(more, signed, unreadable);
    }

    /** Samples and signed values whose EVSE was unknown ({@link MeterSample#EVSE_UNKNOWN}) put on {@code evse}. */
    public MeterReadings onEvse(int evse) {
        if (samples.stream().noneMatch(s -> s.evseId() == MeterSample.EVSE_UNKNOWN)
                && signed.stream().noneMatch(s -> s.evseId() == MeterSample.EVSE_UNKNOWN)) {
            return this;
        }
        return new MeterReadings(
                samples.stream().map(s -> s.evseId() == MeterSample.EVSE_UNKNOWN ? s.withEvse(evse) : s).toList(),
                signed.stream().map(s -> s.evseId() == MeterSample.EVSE_UNKNOWN ? s.withEvse(evse) : s).toList(),
                unreadable);
    }

    public boolean isEmpty() {
        return samples.isEmpty() && signed.isEmpty() && unreadable.isEmpty();
    }
}
