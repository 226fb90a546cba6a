package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.session.MeterReadings;
import de.ladewerk.gateway.session.MeterSample;
import de.ladewerk.gateway.session.ReadingValues;
import de.ladewerk.gateway.dataquality.Rejection;
import de.ladewerk.gateway.session.SignedValue;
import de.ladewerk.gateway.session.WireNames;
import de.ladewerk.ocpp.v201.common.MeterValue;
import de.ladewerk.ocpp.v201.common.SampledValue;
import de.ladewerk.ocpp.v201.common.SignedMeterValue;
import java.util.ArrayList;
import java.util.List;

/**
 * 2.0.1 meter values to version-neutral readings with the defaults made explicit (unit Wh, multiplier
 * 0). A {@code signedMeterValue} is kept unaltered next to its numeric sample.
 */
final class V201MeterValuesMapping {

    private V201MeterValuesMapping() {
    }

    /** @param evseId {@link MeterSample#EVSE_UNKNOWN} when the message does not say */
    static MeterReadings readings(int evseId, List<MeterValue> values) {
        if (values == null || values.isEmpty()) {
            return MeterReadings.NONE;
        }
        List<MeterSample> samples = new ArrayList<>();
        List<SignedValue> signed = new ArrayList<>();
        List<Rejection> absurd = new ArrayList<>();
        for (MeterValue mv : values) {
            for (SampledValue sv : mv.sampledValue()) {
                String measurand = WireNames.of(sv.measurand(), MeterSample.ENERGY_IMPORT_REGISTER);
                String context = WireNames.of(sv.context(), MeterSample.DEFAULT_CONTEXT);
                SignedMeterValue smv = sv.signedMeterValue();
                if (smv != null) {
                    signed.add(new SignedValue(mv.timestamp(), evseId, measurand, context, smv.signedMeterData(),
                            smv.signingMethod(), smv.encodingMethod(), smv.publicKey()));
                }
                String unit = sv.unitOfMeasure() == null || sv.unitOfMeasure().unit() == null
                        ? MeterSample.DEFAULT_UNIT : sv.unitOfMeasure().unit();
                int multiplier = sv.unitOfMeasure() == null || sv.unitOfMeasure().multiplier() == null
                        ? 0 : sv.unitOfMeasure().multiplier();
                if (!ReadingValues.plausible(sv.value(), multiplier, measurand + " at " + mv.timestamp(), absurd)) {
                    continue;
                }
                samples.add(new MeterSample(mv.timestamp(), evseId, measurand, WireNames.of(sv.phase(), null),
                        WireNames.of(sv.location(), MeterSample.DEFAULT_LOCATION), context, unit, multiplier,
                        sv.value(), smv != null ? "SignedData" : "Raw"));
            }
        }
        return new MeterReadings(samples, signed, absurd);
    }
}
