package de.ladewerk.gateway.devmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.v201.provisioning.GetVariableData;
import de.ladewerk.ocpp.v201.provisioning.GetVariablesRequest;
import de.ladewerk.ocpp.v201.provisioning.SetVariableData;
import de.ladewerk.ocpp.v201.provisioning.SetVariablesRequest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestSplitterTest {

    private final RequestSplitter splitter = new RequestSplitter(OcppJson.mapper());

    private static List<GetVariableData> gets(int n) {
        return IntStream.range(0, n).mapToObj(i -> new GetVariableData(null, new Component(null, "Comp" + i, null),
                new Variable("Var" + "x".repeat(i % 7), null))).toList();
    }

    @Test
    void itemLimitGivesFullChunksInOrder() {
        List<GetVariableData> items = gets(7);
        List<List<GetVariableData>> chunks = splitter.split("GetVariables", items, GetVariablesRequest::new,
                new MessageLimits(3, Integer.MAX_VALUE));
        assertThat(chunks).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(items);
    }

    @Test
    void noLimitsMeansOneRequest() {
        assertThat(splitter.split("GetVariables", gets(50), GetVariablesRequest::new, MessageLimits.NONE)).hasSize(1);
    }

    @Test
    void byteLimitHoldsForEveryWholeFrameAndChunksAreFull() {
        List<GetVariableData> items = gets(40);
        int limit = 400;
        List<List<GetVariableData>> chunks = splitter.split("GetVariables", items, GetVariablesRequest::new,
                new MessageLimits(1000, limit));
        assertThat(chunks.size()).isGreaterThan(1);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(items);
        for (int i = 0; i < chunks.size(); i++) {
            List<GetVariableData> chunk = chunks.get(i);
            // the splitter's size matches the real frame: what the gateway will write
            String frame = "[2,\"" + "0".repeat(36) + "\",\"GetVariables\","
                    + OcppJson.mapper().valueToTree(new GetVariablesRequest(chunk)) + "]";
            assertThat(splitter.frameBytes("GetVariables", new GetVariablesRequest(chunk))).isEqualTo(frame.length());
            assertThat(frame.length()).isLessThanOrEqualTo(limit);
            if (i < chunks.size() - 1) {
                List<GetVariableData> withNext = new java.util.ArrayList<>(chunk);
                withNext.add(chunks.get(i + 1).get(0));
                assertThat(splitter.frameBytes("GetVariables", new GetVariablesRequest(withNext))).isGreaterThan(limit);
            }
        }
    }

    @Test
    void bothLimitsTogetherAndMultiByteCharacters() {
        List<SetVariableData> items = IntStream.range(0, 12).mapToObj(i -> new SetVariableData(null, "Grüße-" + i,
                new Component(null, "Display", null), new Variable("Text", "ä" + i))).toList();
        List<List<SetVariableData>> chunks = splitter.split("SetVariables", items, SetVariablesRequest::new,
                new MessageLimits(5, 330));
        for (List<SetVariableData> chunk : chunks) {
            assertThat(chunk.size()).isLessThanOrEqualTo(5);
            byte[] payload = OcppJson.mapper().valueToTree(new SetVariablesRequest(chunk)).toString()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(4 + 36 + 3 + "SetVariables".length() + 2 + payload.length + 1).isLessThanOrEqualTo(330);
        }
        assertThat(chunks.stream().mapToInt(List::size).sum()).isEqualTo(12);
    }

    @Test
    void anEntryTooLargeForAnyMessageIsRefusedClearly() {
        assertThatThrownBy(() -> splitter.split("GetVariables", gets(3), GetVariablesRequest::new, new MessageLimits(10, 80)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 80");
    }
}
