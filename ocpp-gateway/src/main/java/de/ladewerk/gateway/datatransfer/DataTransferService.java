package de.ladewerk.gateway.datatransfer;

import de.ladewerk.gateway.context.Committed;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DataTransfer from stations, both versions: the vendor's {@link VendorExtension} answers; a vendor
 * without one gets UnknownVendorId. Every transfer is recorded with its answer before the answer goes out.
 */
public final class DataTransferService {

    private final DataTransferStore store;
    private final Clock clock;
    private final Map<String, VendorExtension> vendors = new ConcurrentHashMap<>();

    public DataTransferService(DataTransferStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Lets the CSMS understand one vendor's messages (replaces an earlier extension of that vendor). */
    public void register(String vendorId, VendorExtension extension) {
        vendors.put(vendorId, extension);
    }

    public DataTransferStore store() {
        return store;
    }

    /** Answers and records a station's DataTransfer; completes after the record is committed. */
    public Future<VendorExtension.Answer> received(String stationId, String vendorId, String messageId, String data) {
        VendorExtension vendor = vendors.get(vendorId);
        VendorExtension.Answer answer = vendor == null
                ? new VendorExtension.Answer(DataTransferStatus.UnknownVendorId, null)
                : vendor.handle(stationId, messageId, data);
        return Committed.on(store.record(new DataTransfer(clock.instant(), stationId, DataTransfer.Direction.FromStation,
                vendorId, messageId, data, answer.status(), answer.data()))).map(v -> answer);
    }
}
