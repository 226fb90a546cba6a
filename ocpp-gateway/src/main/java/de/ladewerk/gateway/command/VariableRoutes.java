package de.ladewerk.gateway.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ladewerk.gateway.devmodel.DeviceModelService;
import de.ladewerk.gateway.devmodel.SplitReport;
import de.ladewerk.gateway.devmodel.VariableService;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v201.diagnostics.ClearVariableMonitoringRequest;
import de.ladewerk.ocpp.v201.diagnostics.SetVariableMonitoringRequest;
import de.ladewerk.ocpp.v201.provisioning.GetReportRequest;
import de.ladewerk.ocpp.v201.provisioning.GetReportResponse;
import de.ladewerk.ocpp.v201.provisioning.GetVariablesRequest;
import de.ladewerk.ocpp.v201.provisioning.SetVariablesRequest;
import io.vertx.core.Future;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The 2.0.1 device-model commands (Get/SetVariables, Set/ClearVariableMonitoring, GetReport) routed
 * through the {@link VariableService}: split to the station's ItemsPerMessage/BytesPerMessage, the
 * answers merged, confirmed values stored in the device model. The recorded answer says in its
 * {@code customData} (vendorId {@value #VENDOR_ID}) how many station calls it took, and for a
 * GetReport which requestIds the station's NotifyReports will carry.
 */
public final class VariableRoutes {

    /** The vendorId of the customData the gateway adds to a merged answer. */
    public static final String VENDOR_ID = "de.ladewerk.gateway";

    private static final PayloadCodec CODEC = new PayloadCodec(OcppVersion.V201);

    private VariableRoutes() {
    }

    /** The five routes, over this device model. */
    public static List<CommandRoute> all(DeviceModelService model) {
        return List.of(
                route(model, GetVariablesRequest.class,
                        (v, r) -> v.getVariables(r.stationId(), r.request().getVariableData()).map(CODEC::encode)),
                route(model, SetVariablesRequest.class,
                        (v, r) -> v.setVariables(r.stationId(), r.request().setVariableData()).map(CODEC::encode)),
                route(model, SetVariableMonitoringRequest.class,
                        (v, r) -> v.setVariableMonitoring(r.stationId(), r.request().setMonitoringData()).map(CODEC::encode)),
                route(model, ClearVariableMonitoringRequest.class,
                        (v, r) -> v.clearVariableMonitoring(r.stationId(), r.request().id()).map(CODEC::encode)),
                route(model, GetReportRequest.class,
                        (v, r) -> v.getReport(r.stationId(), r.request()).map(VariableRoutes::reportAnswer)));
    }

    private static JsonNode reportAnswer(SplitReport report) {
        ObjectNode answer = (ObjectNode) CODEC.encode(new GetReportResponse(report.status(), null));
        ObjectNode custom = answer.putObject("customData").put("vendorId", VENDOR_ID);
        report.requestIds().forEach(custom.putArray("requestIds")::add);
        return answer;
    }

    /** A request decoded for its station. */
    private record Addressed<Q>(String stationId, Q request) {
    }

    private static <Q> CommandRoute route(DeviceModelService model, Class<Q> type,
                                          BiFunction<VariableService, Addressed<Q>, Future<JsonNode>> send) {
        return new CommandRoute() {
            @Override
            public Class<?> requestType() {
                return type;
            }

            @Override
            public Future<Delivery> deliver(String stationId, JsonNode payload, StationCalls station) {
                AtomicInteger calls = new AtomicInteger();
                // a service per command: its caller is this command's connection and counts the calls
                VariableService variables = new VariableService(model, (id, action, p) -> {
                    calls.incrementAndGet();
                    return station.call(action, p);
                });
                Future<JsonNode> answer;
                try {
                    answer = send.apply(variables, new Addressed<>(stationId, CODEC.decode(payload, type)));
                } catch (RuntimeException e) {
                    answer = Future.failedFuture(e); // e.g. one entry larger than the station's BytesPerMessage
                }
                return answer.map(a -> {
                    ObjectNode recorded = (ObjectNode) a;
                    ObjectNode custom = recorded.has("customData") ? (ObjectNode) recorded.get("customData")
                            : recorded.putObject("customData").put("vendorId", VENDOR_ID);
                    custom.put("stationCalls", calls.get());
                    return new Delivery(recorded, calls.get());
                });
            }
        };
    }
}
