package de.ladewerk.gateway.devmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Splits the list of a request into as few requests as the station's limits allow: at most
 * {@link MessageLimits#items()} entries each, and at most {@link MessageLimits#bytes()} bytes for the
 * whole OCPP-J frame ({@code [2,"<id>","<action>",<payload>]}) as UTF-8. Order is kept. Pure: no I/O.
 */
public final class RequestSplitter {

    /** Our message ids are UUIDs: 36 characters. */
    private static final int MESSAGE_ID_LENGTH = 36;

    private final ObjectMapper mapper;

    public RequestSplitter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param action  the OCPP action (part of the frame, so of its size)
     * @param items   the entries of the request's one list
     * @param request builds the request payload around a list of entries
     * @throws IllegalArgumentException if one entry alone does not fit in a message
     */
    public <T> List<List<T>> split(String action, List<T> items, Function<List<T>, ?> request, MessageLimits limits) {
        // a list of n entries costs: the frame around an empty list + each entry + the n-1 commas between
        int base = frameBytes(action, bytes(request.apply(List.of())));
        List<List<T>> chunks = new ArrayList<>();
        List<T> chunk = new ArrayList<>();
        int size = base;
        for (T item : items) {
            int itemBytes = bytes(item);
            if (base + itemBytes > limits.bytes()) {
                throw new IllegalArgumentException("one " + action + " entry needs " + (base + itemBytes)
                        + " bytes, the station takes at most " + limits.bytes() + " per message");
            }
            int grown = size + itemBytes + (chunk.isEmpty() ? 0 : 1);
            if (chunk.size() == limits.items() || grown > limits.bytes()) {
                chunks.add(List.copyOf(chunk));
                chunk = new ArrayList<>();
                grown = base + itemBytes;
            }
            chunk.add(item);
            size = grown;
        }
        if (!chunk.isEmpty()) {
            chunks.add(List.copyOf(chunk));
        }
        return chunks;
    }

    /** The size in bytes of the whole frame that carries the payload. */
    public int frameBytes(String action, Object payload) {
        return frameBytes(action, bytes(payload));
    }

    private static int frameBytes(String action, int payloadBytes) {
        // [2,"  id  ","  action  ",  payload  ]
        return 4 + MESSAGE_ID_LENGTH + 3 + action.getBytes(StandardCharsets.UTF_8).length + 2 + payloadBytes + 1;
    }

    private int bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value).length;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value, e);
        }
    }
}
