package de.ladewerk.billing.testdata;

import de.ladewerk.billing.session.AuthMethod;
import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.IdToken;
import de.ladewerk.billing.session.MeterSample;
import de.ladewerk.billing.session.SignedMeterValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds sessions from local wall-clock times in Berlin, for tests whose amounts are worked out by hand. */
public final class TestSessions {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private TestSessions() {
    }

    public static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    /**
     * A session whose samples are given as alternating local time and cumulative Wh, e.g.
     * {@code "2025-03-10T21:00", 0L, "2025-03-10T23:00", 22_000L}; starts and ends at the first and last sample.
     */
    public static ChargingSession session(String id, Object... timeAndWh) {
        return withSigned(id, "CUST-1", List.of(), timeAndWh);
    }

    public static ChargingSession withSigned(String id, String customer, List<SignedMeterValue> signed,
                                             Object... timeAndWh) {
        List<MeterSample> samples = new ArrayList<>();
        for (int i = 0; i < timeAndWh.length; i += 2) {
            samples.add(MeterSample.of(berlin((String) timeAndWh[i]), (Long) timeAndWh[i + 1], 0));
        }
        return new ChargingSession(id, "STATION-1", "SITE-A", 1, 1, new IdToken("04A1B2C3D4", "RFID"),
                AuthMethod.WHITELIST, customer, null, samples.get(0).time(), samples.get(samples.size() - 1).time(),
                "METER-0001", samples, signed);
    }
}
