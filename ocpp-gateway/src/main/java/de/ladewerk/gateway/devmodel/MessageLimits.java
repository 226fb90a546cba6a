package de.ladewerk.gateway.devmodel;

/**
 * How many items and bytes one request of a kind may carry, as the station reported them
 * ({@code ItemsPerMessage}/{@code BytesPerMessage}); {@link Integer#MAX_VALUE} where it reported none.
 */
public record MessageLimits(int items, int bytes) {

    public static final MessageLimits NONE = new MessageLimits(Integer.MAX_VALUE, Integer.MAX_VALUE);

    public MessageLimits {
        if (items < 1 || bytes < 1) {
            throw new IllegalArgumentException("limits must be positive: items " + items + ", bytes " + bytes);
        }
    }
}
