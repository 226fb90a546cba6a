package de.ladewerk.gateway.loadmanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v16.smartcharging.SetChargingProfileRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProfilePayloadsTest {

    private static final Instant T = Instant.parse("2026-12-07T18:00:00Z");

    @Test
    void aTxProfileHoldsTheAllocationForItsValidityThenFallsToTheFailSafe() {
        JsonNode p = ProfilePayloads.txProfile("ocpp2.0.1", 2, "TX-1", 14.47, 3, 10.0, T, Duration.ofMinutes(15));
        assertThat(p.get("evseId").asInt()).isEqualTo(2);
        JsonNode periods = p.at("/chargingProfile/chargingSchedule/0/chargingSchedulePeriod");
        assertThat(periods.get(0).get("limit").decimalValue()).isEqualByComparingTo("14.4");
        assertThat(periods.get(1).get("startPeriod").asInt()).isEqualTo(900);
        assertThat(periods.get(1).get("limit").decimalValue()).isEqualByComparingTo("10.0");
        assertThat(p.at("/chargingProfile/id").asInt()).isEqualTo(ProfilePayloads.TX_PROFILE_ID_BASE + 2);
        // a car below its fail-safe share keeps its own limit after the validity
        JsonNode low = ProfilePayloads.txProfile("ocpp2.0.1", 2, "TX-1", 6, 3, 10.0, T, Duration.ofMinutes(15));
        assertThat(low.at("/chargingProfile/chargingSchedule/0/chargingSchedulePeriod/1/limit").asDouble()).isEqualTo(6.0);
    }

    @Test
    void v16PayloadsDecodeAsSetChargingProfile() {
        PayloadCodec codec = new PayloadCodec(OcppVersion.V16);
        SetChargingProfileRequest tx = codec.decode(ProfilePayloads.txProfile("ocpp1.6", 1, "42", 8, 1, 10, T,
                Duration.ofMinutes(15)), SetChargingProfileRequest.class);
        assertThat(tx.csChargingProfiles().transactionId()).isEqualTo(42);
        SetChargingProfileRequest def = codec.decode(ProfilePayloads.txDefault("ocpp1.6", 10), SetChargingProfileRequest.class);
        assertThat(def.connectorId()).isZero();
    }
}
