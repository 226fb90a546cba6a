package de.ladewerk.gateway.wire;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.GatewayHarness;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RFC 6455 close codes for what breaks the WebSocket layer itself, sent by a hand-written client. */
class CloseCodesIT {

    private static GatewayHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = GatewayHarness.start();
        harness.register("RAW-1");
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static RawWebSocket connect() throws Exception {
        return RawWebSocket.connect(harness.gateway().port(), "/ocpp/RAW-1", "RAW-1", GatewayHarness.PASSWORD, "ocpp1.6");
    }

    @Test
    void theRawClientWorks() throws Exception {
        try (RawWebSocket ws = connect()) {
            assertThat(ws.roundTrip("[2,\"h1\",\"Heartbeat\",{}]")).startsWith("[3,\"h1\",");
        }
    }

    /** A DataTransfer of about {@code bytes} bytes: the harness allows 64 KiB. */
    private static byte[] dataTransfer(int bytes) {
        return ("[2,\"big\",\"DataTransfer\",{\"vendorId\":\"V\",\"data\":\"" + "x".repeat(bytes) + "\"}]")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anOversizedFrameClosesWith1009() throws Exception {
        try (RawWebSocket ws = connect()) {
            // only the start is sent: the frame header already says it is too big
            ws.sendTextStart(java.util.Arrays.copyOf(dataTransfer(1024), 1024), 300 * 1024);
            assertThat(ws.awaitCloseCode()).isEqualTo(1009);
        }
    }

    @Test
    void anOversizedMessageInSmallFramesClosesWith1009() throws Exception {
        try (RawWebSocket ws = connect()) {
            ws.sendFragmented(dataTransfer(100 * 1024), 16 * 1024);
            assertThat(ws.awaitCloseCode()).isEqualTo(1009);
        }
    }

    @Test
    void aFragmentedMessageWithinTheLimitIsAnswered() throws Exception {
        try (RawWebSocket ws = connect()) {
            ws.sendFragmented("[2,\"frag\",\"Heartbeat\",{}]".getBytes(StandardCharsets.UTF_8), 5);
            assertThat(ws.roundTrip("[2,\"h2\",\"Heartbeat\",{}]")).as("the fragmented call was answered first")
                    .startsWith("[3,\"frag\",");
        }
    }

    @Test
    void invalidUtf8ClosesWith1007() throws Exception {
        byte[] frame = "[2,\"u1\",\"Heartbeat\",{\"x\":\"??\"}]".getBytes(StandardCharsets.US_ASCII);
        int at = new String(frame, StandardCharsets.US_ASCII).indexOf("??");
        frame[at] = (byte) 0xC3; // a lead byte followed by no continuation byte
        frame[at + 1] = (byte) 0x28;
        try (RawWebSocket ws = connect()) {
            ws.sendText(frame);
            assertThat(ws.awaitCloseCode()).isEqualTo(1007);
        }
    }
}
