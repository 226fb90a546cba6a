package de.ladewerk.simulator.ocmf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The calibrated meter of one EVSE: signs energy readings as OCMF packets
 * ({@code OCMF|payload|signature}) with its own ECDSA secp256r1 key, counting packets in the
 * transaction pagination (T1, T2, …) without gaps, as calibration law expects of a meter.
 * Thread-safe.
 */
public final class MeterSigner {

    public static final String ALGORITHM = "ECDSA-secp256r1-SHA256";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter OCMF_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss,SSSxx").withZone(ZoneOffset.UTC);

    private final String meterSerial;
    private final String vendor;
    private final String model;
    private final String firmware;
    private final String currentType;
    private final KeyPair keys;
    private long pagination;

    /** @param dc whether the meter measures direct current (OCMF RT "DC", else "AC") */
    public MeterSigner(String meterSerial, String vendor, String model, String firmware, boolean dc) {
        this.meterSerial = meterSerial;
        this.currentType = dc ? "DC" : "AC";
        this.vendor = vendor;
        this.model = model;
        this.firmware = firmware;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no secp256r1 keys", e);
        }
    }

    public String meterSerial() {
        return meterSerial;
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /** The public key as hex of its DER SubjectPublicKeyInfo, the form meter key registries use. */
    public String publicKeyHex() {
        return HexFormat.of().formatHex(keys.getPublic().getEncoded());
    }

    /**
     * Signs one energy register reading.
     *
     * @param registerWh the import register, whole Wh (written as kWh with three decimals)
     * @param idToken    the identification the transaction started with
     * @return the OCMF packet as text
     */
    public synchronized String sign(Instant time, OcmfReadingType type, long registerWh, String idToken) {
        pagination++;
        ObjectNode payload = JSON.createObjectNode()
                .put("FV", "1.0").put("GI", vendor + " " + model).put("GS", meterSerial).put("GV", firmware)
                .put("PG", "T" + pagination).put("MV", vendor).put("MM", model).put("MS", meterSerial)
                .put("IS", idToken != null).put("IL", idToken != null ? "TRUSTED" : "NONE")
                .put("IT", idToken != null ? "ISO14443" : "NONE");
        if (idToken != null) {
            payload.put("ID", idToken);
        }
        ArrayNode readings = payload.putArray("RD");
        readings.addObject().put("TM", OCMF_TIME.format(time) + " S").put("TX", type.name())
                .put("RV", BigDecimal.valueOf(registerWh, 3)).put("RI", "1-b:1.8.0").put("RU", "kWh")
                .put("RT", currentType).put("ST", "G");
        String payloadText = payload.toString();
        ObjectNode signature = JSON.createObjectNode().put("SA", ALGORITHM).put("SD", signatureHex(payloadText));
        return "OCMF|" + payloadText + "|" + signature;
    }

    private String signatureHex(String payloadText) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(payloadText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }
}
