package de.ladewerk.gateway.v16;

import de.ladewerk.gateway.session.MeterReadings;
import de.ladewerk.gateway.session.MeterSample;
import de.ladewerk.gateway.session.ReadingValues;
import de.ladewerk.gateway.dataquality.Rejection;
import de.ladewerk.gateway.session.SignedValue;
import de.ladewerk.gateway.session.WireNames;
import de.ladewerk.ocpp.v16.core.MeterValue;
import de.ladewerk.ocpp.v16.core.SampledValue;
import de.ladewerk.ocpp.v16.core.ValueFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 1.6 meter values to version-neutral readings, with the 1.6 defaults made explicit. A SignedData
 * value is kept raw as a {@link SignedValue}; a Raw value that is no number, or an absurd one, is a rejection.
 */
final class V16MeterValuesMapping {

    private V16MeterValuesMapping() {
    }

    /** 1.6 connector N is EVSE N; connector 0 (the main meter) is EVSE 0. */
    static MeterReadings readings(int connectorId, List<MeterValue> values) {
        if (values == null || values.isEmpty()) {
            return MeterReadings.NONE;
        }
        List<MeterSample> samples = new ArrayList<>();
        List<SignedValue> signed = new ArrayList<>();
        List<Rejection> unreadable = new ArrayList<>();
        for (MeterValue mv : values) {
            for (SampledValue sv : mv.sampledValue()) {
                String measurand = WireNames.of(sv.measurand(), MeterSample.ENERGY_IMPORT_REGISTER);
                String context = WireNames.of(sv.context(), MeterSample.DEFAULT_CONTEXT);
                if (sv.format() == ValueFormat.SignedData) {
                    signed.add(new SignedValue(mv.timestamp(), connectorId, measurand, context, sv.value(), null, null, null));
                    continue;
                }
                String what = measurand + " at " + mv.timestamp();
                BigDecimal value = ReadingValues.parse(sv.value(), what, unreadable);
                if (value == null || !ReadingValues.plausible(value, 0, what, unreadable)) {
                    continue;
                }
                samples.add(new MeterSample(mv.timestamp(), connectorId, measurand, WireNames.of(sv.phase(), null),
                        WireNames.of(sv.location(), MeterSample.DEFAULT_LOCATION), context,
                        WireNames.of(sv.unit(), MeterSample.DEFAULT_UNIT), 0, value, "Raw"));
            }
        }
        return new MeterReadings(samples, signed, unreadable);
    }
}
