package de.ladewerk.app.billing;

import de.ladewerk.billing.session.AuthMethod;
import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.IdToken;
import de.ladewerk.billing.session.MeterSample;
import de.ladewerk.billing.session.SignedMeterValue;
import de.ladewerk.gateway.session.SessionEnded;
import de.ladewerk.gateway.session.SessionRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Maps the gateway's {@link SessionEnded} to billing's {@link ChargingSession}: the energy register series
 * framed by the start and stop readings, signed values untouched, the token in OCPI terms and the
 * customer from the token store.
 */
public final class ChargingSessionMapper {

    /** OCPI token uid when a session started without any token. */
    static final String NO_TOKEN = "NO_TOKEN";

    private ChargingSessionMapper() {
    }

    /**
     * @throws de.ladewerk.billing.session.InvalidSessionException when the session has fewer than two
     *         energy readings (no meter start/stop and no samples) or its register runs backwards
     */
    public static ChargingSession toBilling(SessionEnded ended) {
        SessionRecord s = ended.session();
        String token = s.idToken() == null ? null : s.idToken().value();
        String type = token == null ? "AD_HOC_USER" : ocpiTokenType(s.idToken().type().name());
        return new ChargingSession(ended.id().toString(), s.stationId(), null, orZero(s.evseId()),
                orZero(s.connectorId()), new IdToken(token == null ? NO_TOKEN : token, type), authMethod(ended),
                ended.customerRef(), null, s.startedAt(), s.endedAt(), ended.meterSerial(), samples(ended), signed(ended));
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    /**
     * The register series: meter start at the session start, every sampled reading, meter stop at its end.
     * Only the outlet's whole-meter values count (no phase rows); values at the same instant collapse to
     * the highest, and the stop reading replaces a sample at the end (so a Transaction.End sample and the
     * stop reading do not double).
     */
    static List<MeterSample> samples(SessionEnded ended) {
        SessionRecord s = ended.session();
        TreeMap<Instant, BigDecimal[]> readings = new TreeMap<>(); // energy Wh, power W per instant
        for (de.ladewerk.gateway.session.MeterSample m : ended.curve()) {
            BigDecimal v = m.normalizedValue();
            if (m.phase() != null || v == null || !de.ladewerk.gateway.session.MeterSample.DEFAULT_LOCATION.equals(m.location())) {
                continue;
            }
            int slot = m.isEnergyRegister() ? 0
                    : de.ladewerk.gateway.session.MeterSample.POWER_IMPORT.equals(m.measurand()) ? 1 : -1;
            if (slot >= 0) {
                BigDecimal[] r = readings.computeIfAbsent(m.time(), t -> new BigDecimal[2]);
                r[slot] = r[slot] == null || v.compareTo(r[slot]) > 0 ? v : r[slot];
            }
        }
        TreeMap<Instant, MeterSample> byTime = new TreeMap<>();
        if (s.meterStartWh() != null) {
            byTime.put(s.startedAt(), new MeterSample(s.startedAt(), wh(s.meterStartWh()), null, null));
        }
        readings.forEach((time, r) -> {
            if (r[0] != null) {
                byTime.put(time, new MeterSample(time, wh(r[0]), r[1] == null ? null : r[1].doubleValue(), null));
            }
        });
        if (s.meterStopWh() != null) {
            MeterSample atEnd = byTime.get(s.endedAt());
            byTime.put(s.endedAt(), new MeterSample(s.endedAt(), wh(s.meterStopWh()),
                    atEnd == null ? null : atEnd.powerW(), null));
        }
        return new ArrayList<>(byTime.values());
    }

    private static List<SignedMeterValue> signed(SessionEnded s) {
        return s.signed().stream().map(v -> new SignedMeterValue(v.signedData(),
                v.encodingMethod() == null ? "OCMF" : v.encodingMethod(), v.signingMethod(), v.publicKey())).toList();
    }

    /** Whole watt-hours; a register is reported in Wh, fractions only come from kWh conversions. */
    private static long wh(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A CSMS command started it; otherwise a station accepting offline used its local list or cache. */
    static AuthMethod authMethod(SessionEnded s) {
        if (s.remoteStart()) {
            return AuthMethod.COMMAND;
        }
        return s.session().offline() ? AuthMethod.WHITELIST : AuthMethod.AUTH_REQUEST;
    }

    /** OCPP IdTokenType (1.6 idTag: ID_TAG) to OCPI TokenType. */
    static String ocpiTokenType(String ocppType) {
        if (ocppType == null) {
            return "OTHER";
        }
        switch (ocppType.toUpperCase(Locale.ROOT)) {
            case "ID_TAG":
            case "ISO14443":
            case "ISO15693":
                return "RFID";
            case "CENTRAL":
                return "APP_USER";
            case "NO_AUTHORIZATION":
                return "AD_HOC_USER";
            default:
                return "OTHER";
        }
    }
}
