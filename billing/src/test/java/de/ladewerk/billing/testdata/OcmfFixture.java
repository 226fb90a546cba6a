package de.ladewerk.billing.testdata;

import de.ladewerk.billing.session.SignedMeterValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;

/** A simulated calibrated meter: a fresh secp256r1 key pair that signs OCMF packets. */
public final class OcmfFixture {

    private final KeyPair keys;
    private final String meterSerial;

    public OcmfFixture(String meterSerial) {
        this.meterSerial = meterSerial;
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public KeyPair keys() {
        return keys;
    }

    /** A signed packet with one energy reading; {@code time} like "2025-03-12T12:00:00,000+0100". */
    public String packet(String pagination, String type, String time, String kwh) {
        String payload = "{\"FV\":\"1.0\",\"GI\":\"LADEWERK-SIM\",\"GS\":\"GW-1\",\"GV\":\"1.0\",\"PG\":\"" + pagination
                + "\",\"MV\":\"Test\",\"MM\":\"EM-1\",\"MS\":\"" + meterSerial + "\",\"MF\":\"1.0\",\"IS\":true,"
                + "\"IL\":\"VERIFIED\",\"IF\":[\"RFID_PLAIN\"],\"IT\":\"ISO14443\",\"ID\":\"04A1B2C3D4\",\"RD\":[{\"TM\":\""
                + time + " S\",\"TX\":\"" + type + "\",\"RV\":" + kwh + ",\"RI\":\"1-b:1.8.0\",\"RU\":\"kWh\","
                + "\"RT\":\"AC\",\"ST\":\"G\"}]}";
        return "OCMF|" + payload + "|{\"SA\":\"ECDSA-secp256r1-SHA256\",\"SD\":\"" + sign(payload) + "\"}";
    }

    public SignedMeterValue ocpp16(String packet) {
        return SignedMeterValue.fromOcpp16(packet);
    }

    private String sign(String payload) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(keys.getPrivate());
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
