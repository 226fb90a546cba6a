package de.ladewerk.ocpp.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameCodecTest {

    private final FrameCodec v16 = new FrameCodec(OcppVersion.V16);
    private final FrameCodec v201 = new FrameCodec(OcppVersion.V201);
    private final FrameCodec v21 = new FrameCodec(OcppVersion.V21);

    @Test
    void decodesCall() throws FrameException {
        Frame f = v16.decode("[2,\"abc\",\"Heartbeat\",{}]");
        assertThat(f).isInstanceOf(Frame.Call.class);
        Frame.Call c = (Frame.Call) f;
        assertThat(c.messageId()).isEqualTo("abc");
        assertThat(c.action()).isEqualTo("Heartbeat");
        assertThat(c.payload().isObject()).isTrue();
    }

    @Test
    void decodesCallResultAndCallError() throws FrameException {
        Frame.CallResult r = (Frame.CallResult) v201.decode("[3,\"1\",{\"currentTime\":\"2026-11-21T09:00:00Z\"}]");
        assertThat(r.messageId()).isEqualTo("1");
        assertThat(r.payload().get("currentTime").asText()).isEqualTo("2026-11-21T09:00:00Z");
        Frame.CallError e = (Frame.CallError) v201.decode("[4,\"7\",\"NotSupported\",\"no\",{}]");
        assertThat(e.errorCode()).isEqualTo("NotSupported");
        assertThat(e.errorDescription()).isEqualTo("no");
    }

    @Test
    void encodeThenDecodeGivesTheSameFrame() throws FrameException {
        Frame.Call call = new Frame.Call("m-1", "BootNotification",
                FrameCodec.emptyObject().put("reason", "PowerUp"));
        assertThat(v201.decode(v201.encode(call))).isEqualTo(call);
        Frame.CallError err = v16.error("m-2", ErrorKind.OCCURRENCE_CONSTRAINT_VIOLATION, "idTag: is required");
        assertThat(v16.encode(err)).isEqualTo("[4,\"m-2\",\"OccurenceConstraintViolation\",\"idTag: is required\",{}]");
    }

    @Test
    void cutsLongErrorDescriptionsTo255Characters() throws FrameException {
        String text = v201.encode(v201.error("x", ErrorKind.GENERIC_ERROR, "y".repeat(400)));
        Frame.CallError decoded = (Frame.CallError) v201.decode(text);
        assertThat(decoded.errorDescription()).hasSize(255);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json at all|RPC_FRAMEWORK_ERROR|",
            "{\"a\":1}|RPC_FRAMEWORK_ERROR|",
            "[]|RPC_FRAMEWORK_ERROR|",
            "[2]|RPC_FRAMEWORK_ERROR|",
            "[2,42,\"Heartbeat\",{}]|RPC_FRAMEWORK_ERROR|",
            "[\"2\",\"a\",\"Heartbeat\",{}]|RPC_FRAMEWORK_ERROR|a",
            "[2,\"a\",\"Heartbeat\"]|RPC_FRAMEWORK_ERROR|a",
            "[2,\"a\",\"Heartbeat\",[]]|RPC_FRAMEWORK_ERROR|a",
            "[2,\"a\",17,{}]|RPC_FRAMEWORK_ERROR|a",
            "[9,\"a\",\"Heartbeat\",{}]|MESSAGE_TYPE_NOT_SUPPORTED|a",
            "[6,\"a\",\"NotifyPeriodicEventStream\",{}]|MESSAGE_TYPE_NOT_SUPPORTED|a",
            "[5,\"a\",\"GenericError\",\"bad\",{}]|MESSAGE_TYPE_NOT_SUPPORTED|a",
            "[4,\"a\",\"GenericError\"]|RPC_FRAMEWORK_ERROR|a",
    })
    void rejectsMalformedFramesWithKindAndReadableId(String text, ErrorKind kind, String id) {
        assertThatThrownBy(() -> v201.decode(text))
                .isInstanceOfSatisfying(FrameException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.messageId()).isEqualTo(id);
                });
    }

    @Test
    void messageIdLongerThan36CharactersIsUnreadable() {
        String id = "x".repeat(37);
        assertThatThrownBy(() -> v16.decode("[2,\"" + id + "\",\"Heartbeat\",{}]"))
                .isInstanceOfSatisfying(FrameException.class, e -> assertThat(e.messageId()).isNull());
    }

    @Test
    void ocpp21FramesExistOnlyIn21() throws FrameException {
        assertThat(v21.decode("[6,\"s1\",\"NotifyPeriodicEventStream\",{}]")).isInstanceOf(Frame.Send.class);
        assertThat(v21.decode("[5,\"r1\",\"FormatViolation\",\"bad result\",{}]"))
                .isInstanceOf(Frame.CallResultError.class);
    }

    /** {"d":{"d":...}} nested {@code levels} deep. */
    static String nested(int levels) {
        return "{\"d\":".repeat(levels) + "1" + "}".repeat(levels);
    }

    @Test
    void aFrameBeyondTheNestingLimitKeepsItsId() {
        String deep = "[2,\"deep-1\",\"DataTransfer\",{\"vendorId\":\"V\",\"data\":" + nested(200) + "}]";
        assertThatThrownBy(() -> v201.decode(deep)).isInstanceOfSatisfying(FrameException.class, e -> {
            assertThat(e.messageId()).isEqualTo("deep-1");
            assertThat(e.kind()).isEqualTo(ErrorKind.FORMAT_VIOLATION);
            assertThat(e.getMessage()).contains("nesting");
        });
    }

    @Test
    void aNumberBeyondTheLengthLimitKeepsItsId() {
        String longNumber = "[2,\"num-1\",\"MeterValues\",{\"evseId\":" + "9".repeat(101) + "}]";
        assertThatThrownBy(() -> v16.decode(longNumber)).isInstanceOfSatisfying(FrameException.class, e -> {
            assertThat(e.messageId()).isEqualTo("num-1");
            assertThat(e.getMessage()).contains("exceeds a limit");
        });
    }

    @Test
    void brokenJsonAfterAReadableIdKeepsTheId() {
        assertThatThrownBy(() -> v16.decode("[2,\"b-1\",\"Heartbeat\",{")).isInstanceOfSatisfying(FrameException.class,
                e -> assertThat(e.messageId()).isEqualTo("b-1"));
        assertThatThrownBy(() -> v16.decode("[3,\"b-2\",{\"x\":tru}]")).isInstanceOfSatisfying(FrameException.class, e -> {
            assertThat(e.messageId()).isEqualTo("b-2");
            assertThat(e.kind()).isEqualTo(ErrorKind.RPC_FRAMEWORK_ERROR);
        });
    }

    @Test
    void aDataTransferNested63LevelsIsAFrame() throws FrameException {
        Frame.Call c = (Frame.Call) v201.decode("[2,\"ok-63\",\"DataTransfer\",{\"vendorId\":\"V\",\"data\":"
                + nested(63) + "}]");
        assertThat(c.payload().get("data").isObject()).isTrue();
    }
}
