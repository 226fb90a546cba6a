package de.ladewerk.billing.testdata;

import de.ladewerk.billing.ocmf.MeterKeys;
import de.ladewerk.billing.ocmf.OcmfCurve;
import de.ladewerk.billing.session.SignedMeterValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A simulated calibrated meter: a fresh key pair on one of the OCMF curves (made with BouncyCastle, as a
 * brainpool meter would be) that signs OCMF packets for real.
 */
public final class OcmfFixture {

    private final KeyPair keys;
    private final String meterSerial;
    private final OcmfCurve curve;

    public OcmfFixture(String meterSerial) {
        this(meterSerial, OcmfCurve.SECP256R1);
    }

    public OcmfFixture(String meterSerial, OcmfCurve curve) {
        this.meterSerial = meterSerial;
        this.curve = curve;
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC", MeterKeys.provider());
            g.initialize(new ECGenParameterSpec(curve.curveName()));
            this.keys = g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public KeyPair keys() {
        return keys;
    }

    public String meterSerial() {
        return meterSerial;
    }

    /** A signed packet with one energy reading; {@code time} like "2025-03-12T12:00:00,000+0100". */
    public String packet(String pagination, String type, String time, String kwh) {
        return sign(payload(pagination, "[" + reading(time, type, kwh, true) + "]"));
    }

    /** One RD entry; {@code withUnits} false leaves out RI and RU, as later readings may. */
    public static String reading(String time, String type, String kwh, boolean withUnits) {
        return "{\"TM\":\"" + time + " S\",\"TX\":\"" + type + "\",\"RV\":" + kwh
                + (withUnits ? ",\"RI\":\"1-b:1.8.0\",\"RU\":\"kWh\"" : "") + ",\"RT\":\"AC\",\"EF\":\"\",\"ST\":\"G\"}";
    }

    /** The payload section with the given RD array (JSON text). */
    public String payload(String pagination, String readingsJson) {
        return "{\"FV\":\"1.0\",\"GI\":\"LADEWERK-SIM\",\"GS\":\"GW-1\",\"GV\":\"1.0\",\"PG\":\"" + pagination
                + "\",\"MV\":\"Test\",\"MM\":\"EM-1\",\"MS\":\"" + meterSerial + "\",\"MF\":\"1.0\",\"IS\":true,"
                + "\"IL\":\"VERIFIED\",\"IF\":[\"RFID_PLAIN\"],\"IT\":\"ISO14443\",\"ID\":\"04A1B2C3D4\",\"RD\":"
                + readingsJson + "}";
    }

    /** The whole packet: the payload, its hex signature and the curve's SA. */
    public String sign(String payload) {
        return "OCMF|" + payload + "|{\"SA\":\"" + curve.algorithm() + "\",\"SD\":\""
                + HexFormat.of().withUpperCase().formatHex(signature(payload)) + "\"}";
    }

    /** The whole packet with the signature Base64-encoded (SE "base64"). */
    public String signBase64(String payload) {
        return "OCMF|" + payload + "|{\"SA\":\"" + curve.algorithm() + "\",\"SE\":\"base64\",\"SD\":\""
                + Base64.getEncoder().encodeToString(signature(payload)) + "\"}";
    }

    public SignedMeterValue ocpp16(String packet) {
        return SignedMeterValue.fromOcpp16(packet);
    }

    private byte[] signature(String payload) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSA", MeterKeys.provider());
            s.initSign(keys.getPrivate());
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
