package de.ladewerk.gateway.datatransfer;

/**
 * What the CSMS does with one vendor's DataTransfer messages. Runs on an event loop: must not block.
 */
@FunctionalInterface
public interface VendorExtension {

    /** The answer: a status and optional data (JSON text for 2.0.1, free text for 1.6). */
    record Answer(DataTransferStatus status, String data) {
    }

    Answer handle(String stationId, String messageId, String data);
}
