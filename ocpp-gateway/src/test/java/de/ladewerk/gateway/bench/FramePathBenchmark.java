package de.ladewerk.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.frame.Frame;
import de.ladewerk.ocpp.frame.FrameCodec;
import de.ladewerk.ocpp.frame.FrameException;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v16.core.MeterValuesRequest;
import de.ladewerk.ocpp.v16.core.MeterValuesResponse;
import java.lang.management.ManagementFactory;

/**
 * The protocol part of one MeterValues on one thread, JIT-warm: the frame text decoded, the payload
 * validated and bound to {@link MeterValuesRequest}, the answer encoded; what the event loop does per
 * message besides WebSocket framing and the handler. Prints µs and bytes allocated per message for 5-
 * and 13-value messages (the ingest benchmark's profiles). Not a test: run its {@code main}.
 */
public final class FramePathBenchmark {

    private static final int ROUNDS = 5;
    private static final int MESSAGES = 200_000;

    private FramePathBenchmark() {
    }

    public static void main(String[] args) throws FrameException {
        for (boolean full : new boolean[] {false, true}) {
            String text = frame(full);
            run(text, MESSAGES); // warm-up
            double best = Double.MAX_VALUE;
            long bytes = 0;
            for (int r = 0; r < ROUNDS; r++) {
                long allocated = allocatedBytes();
                long start = System.nanoTime();
                run(text, MESSAGES);
                best = Math.min(best, (System.nanoTime() - start) / 1e3 / MESSAGES);
                bytes = (allocatedBytes() - allocated) / MESSAGES;
            }
            System.out.printf("MeterValues with %2d values: %.2f µs and %,d bytes allocated per message%n",
                    full ? 13 : 5, best, bytes);
        }
    }

    private static long sink;

    private static void run(String text, int messages) throws FrameException {
        FrameCodec frames = new FrameCodec(OcppVersion.V16);
        PayloadCodec payloads = new PayloadCodec(OcppVersion.V16);
        for (int i = 0; i < messages; i++) {
            Frame.Call call = (Frame.Call) frames.decode(text);
            MeterValuesRequest request = payloads.decode(call.payload(), MeterValuesRequest.class);
            JsonNode answer = payloads.encode(new MeterValuesResponse());
            sink += request.meterValue().get(0).sampledValue().size()
                    + frames.encode(new Frame.CallResult(call.messageId(), answer)).length();
        }
    }

    /** A frame as the simulator's load profile sends it. */
    static String frame(boolean full) {
        StringBuilder values = new StringBuilder();
        value(values, "Energy.Active.Import.Register", null, "1018000", "Wh");
        value(values, "Power.Active.Import", null, "11040", "W");
        for (int phase = 1; phase <= 3; phase++) {
            value(values, "Current.Import", "L" + phase, "16", "A");
        }
        if (full) {
            for (int phase = 1; phase <= 3; phase++) {
                value(values, "Power.Active.Import", "L" + phase, "3680", "W");
                value(values, "Voltage", "L" + phase + "-N", "230", "V");
            }
            value(values, "Power.Offered", null, "11040", "W");
            value(values, "Current.Offered", null, "16", "A");
        }
        return "[2,\"a3f1c2d4-0001\",\"MeterValues\",{\"connectorId\":1,\"meterValue\":[{\"timestamp\":"
                + "\"2026-11-21T11:00:32.211Z\",\"sampledValue\":[" + values + "]}]}]";
    }

    private static void value(StringBuilder out, String measurand, String phase, String value, String unit) {
        if (out.length() > 0) {
            out.append(',');
        }
        out.append("{\"value\":\"").append(value).append("\",\"context\":\"Sample.Periodic\",\"measurand\":\"")
                .append(measurand).append('"');
        if (phase != null) {
            out.append(",\"phase\":\"").append(phase).append('"');
        }
        out.append(",\"unit\":\"").append(unit).append("\"}");
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
