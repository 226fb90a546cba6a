package de.ladewerk.simulator.station;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small JSON helpers for tests. */
final class FrameCodecs {

    private FrameCodecs() {
    }

    static ObjectNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }
}
