package de.ladewerk.app.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.billing.session.AuthMethod;
import de.ladewerk.billing.session.ChargingSession;
import de.ladewerk.billing.session.InvalidSessionException;
import de.ladewerk.billing.session.MeterSample;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargingSessionMapperTest {

    private static final Instant START = Instant.parse("2025-03-12T11:00:00Z");
    private static final Instant END = Instant.parse("2025-03-12T12:30:00Z");

    private static EndedSession session(String token, String type, BigDecimal start, BigDecimal stop,
                                        List<EndedSession.Reading> readings, boolean remote, boolean offline) {
        return new EndedSession("42", "WOB-0001", 2, 1, token, type, START, END, start, stop, remote, offline,
                "METER-1", "CUST-7", readings, List.of(new EndedSession.Signed("OCMF|{..}|{..}", null, null, null)));
    }

    private static EndedSession.Reading reading(String time, String wh, String w) {
        return new EndedSession.Reading(Instant.parse(time), wh == null ? null : new BigDecimal(wh),
                w == null ? null : new BigDecimal(w));
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
