package de.ladewerk.billing.meterkey;

import java.time.Instant;

/** One entry of the registry's append-only audit: who did what to which key when. */
public record MeterKeyEvent(String meterSerial, String publicKeyHex, MeterKeyStatus action, String actor, Instant at,
                            String note) {
}
