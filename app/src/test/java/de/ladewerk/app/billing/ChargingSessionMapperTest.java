package de.ladewerk.app.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.billing.session.AuthMethod;
import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.InvalidSessionException;
import de.ladewerk.billing.session.MeterSample;
import de.ladewerk.gateway.authorization.IdToken;
import de.ladewerk.gateway.authorization.IdTokenType;
import de.ladewerk.gateway.session.SessionEnded;
import de.ladewerk.gateway.session.SessionRecord;
import de.ladewerk.gateway.session.SignedValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargingSessionMapperTest {

    private static final Instant START = Instant.parse("2025-03-12T11:00:00Z");
    private static final Instant END = Instant.parse("2025-03-12T12:30:00Z");

    private static SessionEnded session(String token, String type, BigDecimal start, BigDecimal stop,
                                        List<List<de.ladewerk.gateway.session.MeterSample>> readings, boolean remote,
                                        boolean offline) {
        SessionRecord record = new SessionRecord(42, "WOB-0001", "ocpp1.6", "7", 2, 1,
                token == null ? null : new IdToken(token, IdTokenType.valueOf(type)), null, START, END, start, stop,
                null, null, SessionRecord.ENDED, offline, null, null, null);
        List<de.ladewerk.gateway.session.MeterSample> curve = new ArrayList<>();
        readings.forEach(curve::addAll);
        return new SessionEnded(record, remote, "METER-1", "CUST-7", curve,
                List.of(new SignedValue(END, 2, "Energy.Active.Import.Register", "Transaction.End", "OCMF|{..}|{..}",
                        null, null, null)));
    }

    /** The register (Wh) and power (W) sampled at one instant, with a phase row and a kWh value that must not count. */
    private static List<de.ladewerk.gateway.session.MeterSample> reading(String time, String wh, String w) {
        Instant t = Instant.parse(time);
        List<de.ladewerk.gateway.session.MeterSample> out = new ArrayList<>();
        if (wh != null) {
            out.add(de.ladewerk.gateway.session.MeterSample.register(t, 2, "Sample.Periodic", new BigDecimal(wh)));
            out.add(new de.ladewerk.gateway.session.MeterSample(t, 2, "Energy.Active.Import.Register", "L1", "Outlet",
                    "Sample.Periodic", "Wh", 0, new BigDecimal("99999999"), "Raw"));
        }
        if (w != null) {
            out.add(new de.ladewerk.gateway.session.MeterSample(t, 2, "Power.Active.Import", null, "Outlet",
                    "Sample.Periodic", "kW", 0, new BigDecimal(w).movePointLeft(3), "Raw"));
        }
        return out;
    }

    @Test
    void theRegisterSeriesIsFramedByMeterStartAndStopWithPowerKept() {
        ChargingSession s = ChargingSessionMapper.toBilling(session("04A2B3", "ID_TAG", new BigDecimal("1000"),
                new BigDecimal("12000"), List.of(
                        reading("2025-03-12T11:15:00Z", "3500", "10000"),
                        reading("2025-03-12T11:30:00Z", null, "11000"), // power without a register value
                        reading("2025-03-12T12:30:00Z", "11999.6", "0")), false, false));

        assertThat(s.samples()).extracting(MeterSample::time).containsExactly(START,
                Instant.parse("2025-03-12T11:15:00Z"), END);
        assertThat(s.samples()).extracting(MeterSample::energyWh).containsExactly(1000L, 3500L, 12000L);
        assertThat(s.samples().get(1).powerW()).isEqualTo(10000.0);
        assertThat(s.samples().get(2).powerW()).as("the end sample's power survives the stop reading").isEqualTo(0.0);
        assertThat(s.sampledEnergyWh()).isEqualTo(11000L);
        assertThat(s.sessionId()).isEqualTo("42");
        assertThat(s.evseId()).isEqualTo(2);
        assertThat(s.customerId()).isEqualTo("CUST-7");
        assertThat(s.meterSerial()).isEqualTo("METER-1");
        assertThat(s.idToken().uid()).isEqualTo("04A2B3");
        assertThat(s.idToken().type()).isEqualTo("RFID");
        assertThat(s.authMethod()).isEqualTo(AuthMethod.AUTH_REQUEST);
        assertThat(s.signedValues()).singleElement().satisfies(v -> {
            assertThat(v.signedData()).isEqualTo("OCMF|{..}|{..}");
            assertThat(v.encodingMethod()).isEqualTo("OCMF");
        });
    }

    @Test
    void withoutMeterStartAndStopTheSamplesAloneMakeTheSeries() {
        ChargingSession s = ChargingSessionMapper.toBilling(session("T", "ISO14443", null, null, List.of(
                reading("2025-03-12T11:00:05Z", "500", null), reading("2025-03-12T12:29:00Z", "7500", null)), false, false));
        assertThat(s.sampledEnergyWh()).isEqualTo(7000L);
    }

    @Test
    void authMethodFollowsHowTheSessionStarted() {
        assertThat(ChargingSessionMapper.toBilling(session("T", "CENTRAL", BigDecimal.ZERO, BigDecimal.TEN, List.of(),
                true, false)).authMethod()).isEqualTo(AuthMethod.COMMAND);
        assertThat(ChargingSessionMapper.toBilling(session("T", "ISO14443", BigDecimal.ZERO, BigDecimal.TEN, List.of(),
                false, true)).authMethod()).isEqualTo(AuthMethod.WHITELIST);
    }

    @Test
    void ocppTokenTypesBecomeOcpiTokenTypes() {
        assertThat(ChargingSessionMapper.ocpiTokenType("ISO15693")).isEqualTo("RFID");
        assertThat(ChargingSessionMapper.ocpiTokenType("CENTRAL")).isEqualTo("APP_USER");
        assertThat(ChargingSessionMapper.ocpiTokenType("NO_AUTHORIZATION")).isEqualTo("AD_HOC_USER");
        assertThat(ChargingSessionMapper.ocpiTokenType("EMAID")).isEqualTo("OTHER");
        ChargingSession noToken = ChargingSessionMapper.toBilling(session(null, null, BigDecimal.ZERO, BigDecimal.TEN,
                List.of(), false, false));
        assertThat(noToken.idToken().uid()).isEqualTo(ChargingSessionMapper.NO_TOKEN);
        assertThat(noToken.idToken().type()).isEqualTo("AD_HOC_USER");
    }

    @Test
    void aSessionWithoutAnyEnergyReadingCannotBeBilled() {
        assertThatThrownBy(() -> ChargingSessionMapper.toBilling(session("T", "ID_TAG", null, null, List.of(), false, false)))
                .isInstanceOf(InvalidSessionException.class).hasMessageContaining("42");
    }

    @Test
    void aRegisterRunningBackwardsIsRefusedNotBilled() {
        assertThatThrownBy(() -> ChargingSessionMapper.toBilling(session("T", "ID_TAG", new BigDecimal("5000"),
                new BigDecimal("4000"), List.of(), false, false)))
                .isInstanceOf(InvalidSessionException.class).hasMessageContaining("backwards");
    }
}
