package de.ladewerk.ocpp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.error.OcppException;
import de.ladewerk.ocpp.frame.Frame;
import de.ladewerk.ocpp.frame.FrameCodec;
import de.ladewerk.ocpp.frame.FrameException;
import de.ladewerk.ocpp.registry.ActionDescriptor;
import de.ladewerk.ocpp.registry.ActionRegistry;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v16.V16Actions;
import de.ladewerk.ocpp.v201.V201Actions;
import java.util.Optional;

/**
 * Fuzzes what a station's text goes through before any handler: the frame codec and the payload
 * validation and binding. Whatever the text, the only outcomes are a frame, a {@link FrameException} or
 * an {@link OcppException} with a valid OCPP-J answer; any other exception (or an answer that does not
 * decode again) is a finding.
 *
 * <p>{@code mvn verify} runs the committed corpus ({@code src/test/resources/.../FrameFuzzTestInputs})
 * as regression tests; {@code JAZZER_FUZZ=1} fuzzes (see docs/conformance.md).
 */
class FrameFuzzTest {

    private static final OcppVersion[] VERSIONS = {OcppVersion.V16, OcppVersion.V201};

    @FuzzTest(maxDuration = "5m")
    void framesAndPayloads(FuzzedDataProvider data) {
        OcppVersion version = data.pickValue(VERSIONS);
        String text = data.consumeRemainingAsString();
        FrameCodec frames = new FrameCodec(version);
        Frame frame;
        try {
            frame = frames.decode(text);
        } catch (FrameException e) {
            assertAnswerable(frames, e.messageId() == null ? "-1" : e.messageId(), e);
            return;
        }
        assertThat(frame.messageId()).isNotEmpty().hasSizeLessThanOrEqualTo(FrameCodec.MAX_MESSAGE_ID_LENGTH);
        if (frame instanceof Frame.Call call) {
            ActionRegistry registry = version == OcppVersion.V16 ? V16Actions.REGISTRY : V201Actions.REGISTRY;
            Optional<ActionDescriptor<?, ?>> action = registry.find(call.action());
            if (action.isEmpty()) {
                return;
            }
            PayloadCodec payloads = new PayloadCodec(version);
            try {
                Object request = payloads.decode(call.payload(), action.get().requestType());
                assertThat(request).isNotNull();
                payloads.encode(request); // what was bound can be written back
            } catch (OcppException e) {
                assertAnswerable(frames, call.messageId(), e);
            }
        }
    }

    /** The CALLERROR for a failure encodes and decodes back to the same id and code. */
    private static void assertAnswerable(FrameCodec frames, String id, Exception e) {
        de.ladewerk.ocpp.error.ErrorKind kind = e instanceof FrameException f ? f.kind() : ((OcppException) e).kind();
        String text = frames.encode(frames.error(id, kind, e.getMessage()));
        try {
            Frame.CallError back = (Frame.CallError) frames.decode(text);
            assertThat(back.messageId()).isEqualTo(id);
            assertThat(back.errorCode()).isEqualTo(kind.code(frames.version()));
        } catch (FrameException notDecodable) {
            throw new AssertionError("our own CALLERROR does not decode: " + text, notDecodable);
        }
    }
}
