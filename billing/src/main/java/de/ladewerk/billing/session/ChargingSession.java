package de.ladewerk.billing.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A finished charging session as billing sees it, independent of the OCPP version it came from.
 *
 * @param siteId        site of the station, {@code null} if the station belongs to none
 * @param customerId    contract customer to invoice, {@code null} for ad-hoc payment
 * @param customerGroup group for tariff selection, {@code null} for the default tariffs
 * @param meterSerial   serial of the calibrated meter, {@code null} if the station reported none
 * @param samples       meter samples in time order: the energy register and power over the session
 * @param signedValues  signed meter values (OCMF) exactly as received, in the order received
 */
public record ChargingSession(String sessionId, String stationId, String siteId, int evseId, int connectorId,
                              IdToken idToken, AuthMethod authMethod, String customerId, String customerGroup,
                              Instant start, Instant end, String meterSerial, List<MeterSample> samples,
                              List<SignedMeterValue> signedValues) {

    public ChargingSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(idToken, "idToken");
        Objects.requireNonNull(authMethod, "authMethod");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        samples = List.copyOf(samples);
        signedValues = signedValues == null ? List.of() : List.copyOf(signedValues);
        if (end.isBefore(start)) {
            throw new InvalidSessionException(sessionId, "ends at " + end + " before it starts at " + start);
        }
        if (samples.size() < 2) {
            throw new InvalidSessionException(sessionId, "needs at least a start and an end meter sample");
        }
        for (int i = 1; i < samples.size(); i++) {
            MeterSample prev = samples.get(i - 1);
            MeterSample next = samples.get(i);
            if (next.time().isBefore(prev.time())) {
                throw new InvalidSessionException(sessionId, "meter samples out of time order at " + next.time());
            }
            if (next.energyWh() < prev.energyWh()) {
                throw new InvalidSessionException(sessionId, "energy register runs backwards at " + next.time());
            }
        }
    }

    /** Energy charged according to the (unsigned) sample series. */
    public long sampledEnergyWh() {
        return samples.get(samples.size() - 1).energyWh() - samples.get(0).energyWh();
    }
}
