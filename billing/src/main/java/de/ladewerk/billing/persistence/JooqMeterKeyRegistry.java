package de.ladewerk.billing.persistence;

import static de.ladewerk.billing.persistence.BillingTables.*;

import de.ladewerk.billing.ocmf.MeterKeyRegistry;
import de.ladewerk.billing.ocmf.MeterKeys;
import java.security.PublicKey;
import java.util.Optional;
import org.jooq.DSLContext;

/** Registered meter public keys, hex-encoded. */
public final class JooqMeterKeyRegistry implements MeterKeyRegistry {

    private final DSLContext db;

    public JooqMeterKeyRegistry(DSLContext db) {
        this.db = db;
    }

    @Override
    public Optional<PublicKey> publicKey(String meterSerial) {
        return db.select(PUBLIC_KEY_HEX).from(METER_KEYS).where(METER_SERIAL.eq(meterSerial))
                .fetchOptional(r -> MeterKeys.fromHex(r.value1()));
    }

    @Override
    public void register(String meterSerial, PublicKey key) {
        String hex = MeterKeys.toHex(key);
        db.insertInto(METER_KEYS).set(METER_SERIAL, meterSerial).set(PUBLIC_KEY_HEX, hex)
                .onConflict(METER_SERIAL).doUpdate().set(PUBLIC_KEY_HEX, hex).execute();
    }
}
