package de.ladewerk.ocpp.registry;

/**
 * One OCPP action of one version: its name, who sends it, and the record types of request and response.
 */
public record ActionDescriptor<Q, R>(String action, Direction direction, Class<Q> requestType, Class<R> responseType) {

    public static <Q, R> ActionDescriptor<Q, R> of(String action, Direction direction, Class<Q> request,
                                                   Class<R> response) {
        return new ActionDescriptor<>(action, direction, request, response);
    }
}
