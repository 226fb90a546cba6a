package de.ladewerk.gateway.query;

import java.time.Instant;
import java.util.List;

/** Reading the signed meter values (Eichrecht) a session's station sent, byte for byte. Blocking: worker threads only. */
public interface SignedMeterValueQueries {

    /**
     * One signed value as stored.
     *
     * @param signedData     the signed data as the station sent it (e.g. OCMF text or its base64)
     * @param signingMethod  as reported, may be null
     * @param encodingMethod as reported, e.g. {@code OCMF}; may be null
     * @param publicKey      as reported, may be null
     */
    record SignedMeterValue(Instant time, int evseId, String measurand, String context, String signedData,
                            String signingMethod, String encodingMethod, String publicKey) {
    }

    /** The session's signed values, oldest first (at most {@code limit}). */
    List<SignedMeterValue> ofSession(long sessionId, int limit);
}
