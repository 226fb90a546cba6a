package de.ladewerk.app.billing;

import de.ladewerk.billing.session.AuthMethod;
import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.IdToken;
import de.ladewerk.billing.session.MeterSample;
import de.ladewerk.billing.session.SignedMeterValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Maps the gateway's ended session to billing's {@link ChargingSession}: the energy register series
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
    public static ChargingSession toBilling(EndedSession s) {
        String type = s.idToken() == null ? "AD_HOC_USER" : ocpiTokenType(s.idTokenType());
        return new ChargingSession(s.sessionId(), s.stationId(), null, s.evseId(), s.connectorId(),
                new IdToken(s.idToken() == null ? NO_TOKEN : s.idToken(), type), authMethod(s), s.customerRef(), null,
                s.startedAt(), s.endedAt(), s.meterSerial(), samples(s), signed(s));
    }

    /**
     * The register series: meter start at the session start, every sampled reading, meter stop at its end.
     * Readings at the same instant collapse to one (the later row wins, so a Transaction.End sample
     * and the stop reading do not double).
     */
    static List<MeterSample> samples(EndedSession s) {
        TreeMap<Instant, MeterSample> byTime = new TreeMap<>();
        if (s.meterStartWh() != null) {
            byTime.put(s.startedAt(), new MeterSample(s.startedAt(), wh(s.meterStartWh()), null, null));
        }
        for (EndedSession.Reading r : s.readings()) {
            if (r.energyWh() != null) {
                byTime.put(r.time(), new MeterSample(r.time(), wh(r.energyWh()),
                        r.powerW() == null ? null : r.powerW().doubleValue(), null));
            }
        }
        if (s.meterStopWh() != null) {
            MeterSample atEnd = byTime.get(s.endedAt());
            byTime.put(s.endedAt(), new MeterSample(s.endedAt(), wh(s.meterStopWh()),
                    atEnd == null ? null : atEnd.powerW(), null));
        }
        return new ArrayList<>(byTime.values());
    }

    private static List<SignedMeterValue> signed(EndedSession s) {
        return s.signed().stream().map(v -> new SignedMeterValue(v.signedData(),
                v.encodingMethod() == null ? "OCMF" : v.encodingMethod(), v.signingMethod(), v.publicKey())).toList();
    }

    /** Whole watt-hours; a register is reported in Wh, fractions only come from kWh conversions. */
    private static long wh(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A CSMS command started it; otherwise a station accepting offline used its local list or cache. */
    static AuthMethod authMethod(EndedSession s) {
        if (s.remoteStart()) {
            return AuthMethod.COMMAND;
        }
        return s.offline() ? AuthMethod.WHITELIST : AuthMethod.AUTH_REQUEST;
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
