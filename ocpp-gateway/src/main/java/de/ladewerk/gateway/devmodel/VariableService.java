package de.ladewerk.gateway.devmodel;

import com.fasterxml.jackson.databind.JsonNode;
import de.ladewerk.gateway.context.Committed;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.json.OcppJson;
import de.ladewerk.ocpp.registry.PayloadCodec;
import de.ladewerk.ocpp.v201.diagnostics.ClearMonitoringResult;
import de.ladewerk.ocpp.v201.diagnostics.ClearMonitoringStatus;
import de.ladewerk.ocpp.v201.diagnostics.ClearVariableMonitoringRequest;
import de.ladewerk.ocpp.v201.diagnostics.ClearVariableMonitoringResponse;
import de.ladewerk.ocpp.v201.diagnostics.SetMonitoringData;
import de.ladewerk.ocpp.v201.diagnostics.SetVariableMonitoringRequest;
import de.ladewerk.ocpp.v201.diagnostics.SetVariableMonitoringResponse;
import de.ladewerk.ocpp.v201.provisioning.GetReportRequest;
import de.ladewerk.ocpp.v201.provisioning.GetReportResponse;
import de.ladewerk.ocpp.v201.common.Component;
import de.ladewerk.ocpp.v201.common.Variable;
import de.ladewerk.ocpp.v201.provisioning.GetVariableData;
import de.ladewerk.ocpp.v201.provisioning.GetVariableResult;
import de.ladewerk.ocpp.v201.provisioning.GetVariableStatus;
import de.ladewerk.ocpp.v201.provisioning.GetVariablesRequest;
import de.ladewerk.ocpp.v201.provisioning.GetVariablesResponse;
import de.ladewerk.ocpp.v201.provisioning.SetVariableData;
import de.ladewerk.ocpp.v201.provisioning.SetVariableResult;
import de.ladewerk.ocpp.v201.provisioning.SetVariableStatus;
import de.ladewerk.ocpp.v201.provisioning.SetVariablesRequest;
import de.ladewerk.ocpp.v201.provisioning.SetVariablesResponse;
import io.vertx.core.Future;
import de.ladewerk.gateway.security.SecretValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Get/SetVariables, Set/ClearVariableMonitoring and GetReport within the station's reported
 * ItemsPerMessage/BytesPerMessage: split into as many requests as needed, sent one after another
 * through the {@link StationCaller}, answers merged into one in the order asked. Values the station
 * confirmed (read, or set Accepted) are stored in the device model.
 */
public final class VariableService {

    private final DeviceModelService model;
    private final StationCaller caller;
    private final RequestSplitter splitter = new RequestSplitter(OcppJson.mapper());
    private final PayloadCodec codec = new PayloadCodec(OcppVersion.V201);
    /** (station, action) pairs asked for their limits by this process: one that reports none is asked once. */
    private final Set<String> askedForLimits = ConcurrentHashMap.newKeySet();

    public VariableService(DeviceModelService model, StationCaller caller) {
        this.model = model;
        this.caller = caller;
    }

    public Future<GetVariablesResponse> getVariables(String stationId, List<GetVariableData> items) {
        return send(stationId, SplitKind.GET_VARIABLES, items, GetVariablesRequest::new, GetVariablesResponse.class)
                .map(answers -> new GetVariablesResponse(flat(answers, GetVariablesResponse::getVariableResult)))
                .compose(merged -> remember(stationId, DeviceModelStore.Source.GetVariables,
                        merged.getVariableResult().stream().filter(r -> r.attributeStatus() == GetVariableStatus.Accepted)
                                .map(VariableService::read).toList()).map(merged));
    }

    public Future<SetVariablesResponse> setVariables(String stationId, List<SetVariableData> items) {
        return send(stationId, SplitKind.SET_VARIABLES, items, SetVariablesRequest::new, SetVariablesResponse.class)
                .map(answers -> new SetVariablesResponse(flat(answers, SetVariablesResponse::setVariableResult)))
                .compose(merged -> remember(stationId, DeviceModelStore.Source.SetVariables,
                        accepted(items, merged.setVariableResult())).map(merged));
    }

    public Future<SetVariableMonitoringResponse> setVariableMonitoring(String stationId, List<SetMonitoringData> items) {
        return send(stationId, SplitKind.SET_VARIABLE_MONITORING, items, SetVariableMonitoringRequest::new,
                SetVariableMonitoringResponse.class).map(answers ->
                new SetVariableMonitoringResponse(flat(answers, SetVariableMonitoringResponse::setMonitoringResult)));
    }

    public Future<ClearVariableMonitoringResponse> clearVariableMonitoring(String stationId, List<Integer> ids) {
        return send(stationId, SplitKind.CLEAR_VARIABLE_MONITORING, ids, ClearVariableMonitoringRequest::new,
                ClearVariableMonitoringResponse.class)
                .map(answers -> new ClearVariableMonitoringResponse(
                        flat(answers, ClearVariableMonitoringResponse::clearMonitoringResult)))
                .compose(merged -> {
                    List<Integer> cleared = merged.clearMonitoringResult().stream()
                            .filter(r -> r.status() == ClearMonitoringStatus.Accepted).map(ClearMonitoringResult::id).toList();
                    return cleared.isEmpty() ? Future.succeededFuture(merged)
                            : Committed.on(model.store().removeMonitors(stationId, cleared)).map(merged);
                });
    }

    /** A GetReport; a component/variable list over the limits becomes several requests with consecutive requestIds. */
    public Future<SplitReport> getReport(String stationId, GetReportRequest request) {
        if (request.componentVariable() == null) {
            return call(stationId, "GetReport", request, GetReportResponse.class)
                    .map(r -> SplitReport.of(List.of(request.requestId()), List.of(r.status())));
        }
        return limits(stationId, SplitKind.GET_REPORT, request.componentVariable().size()).compose(limits -> {
            int[] next = {request.requestId()};
            List<Integer> requestIds = new ArrayList<>();
            List<List<de.ladewerk.ocpp.v201.common.ComponentVariable>> chunks = splitter.split("GetReport",
                    request.componentVariable(), cv -> new GetReportRequest(cv, request.requestId(),
                            request.componentCriteria()), limits);
            return sequence(chunks, chunk -> {
                int id = next[0]++;
                requestIds.add(id);
                return call(stationId, "GetReport", new GetReportRequest(chunk, id, request.componentCriteria()),
                        GetReportResponse.class).map(GetReportResponse::status);
            }).map(statuses -> SplitReport.of(requestIds, statuses));
        });
    }

    private <T, R> Future<List<R>> send(String stationId, SplitKind kind, List<T> items,
                                        Function<List<T>, ?> request, Class<R> answerType) {
        return limits(stationId, kind, items.size()).compose(limits -> sequence(
                splitter.split(kind.action(), items, request, limits),
                chunk -> call(stationId, kind.action(), request.apply(chunk), answerType)));
    }

    /**
     * The station's limits for a request of several items. Where the device model has none (no report read yet),
     * the station is asked for its ItemsPerMessage and BytesPerMessage first, one variable per request so that
     * even a limit of one item is kept (TC_B_08); what it answers is stored. A station that reports none, or cannot
     * answer, is not asked again by this process and gets unsplit requests.
     */
    private Future<MessageLimits> limits(String stationId, SplitKind kind, int items) {
        return model.limits(stationId, kind).compose(known -> {
            if (!known.equals(MessageLimits.NONE) || items < 2 || !askedForLimits.add(stationId + '/' + kind.action())) {
                return Future.succeededFuture(known);
            }
            return askLimit(stationId, kind, "ItemsPerMessage")
                    .compose(v -> askLimit(stationId, kind, "BytesPerMessage"))
                    .otherwiseEmpty()
                    .compose(v -> model.limits(stationId, kind));
        });
    }

    private Future<Void> askLimit(String stationId, SplitKind kind, String variable) {
        GetVariableData item = new GetVariableData(null, new Component(null, kind.controller(), null),
                new Variable(variable, kind.action()));
        return call(stationId, "GetVariables", new GetVariablesRequest(List.of(item)), GetVariablesResponse.class)
                .compose(answer -> remember(stationId, DeviceModelStore.Source.GetVariables,
                        answer.getVariableResult().stream().filter(r -> r.attributeStatus() == GetVariableStatus.Accepted)
                                .map(VariableService::read).toList()));
    }

    private <R> Future<R> call(String stationId, String action, Object request, Class<R> answerType) {
        JsonNode payload = codec.encode(request);
        return caller.call(stationId, action, payload).map(answer -> codec.decode(answer, answerType));
    }

    /** One call after the other: a station handles one CSMS call at a time anyway. */
    private static <T, R> Future<List<R>> sequence(List<T> chunks, Function<T, Future<R>> send) {
        Future<List<R>> all = Future.succeededFuture(new ArrayList<>());
        for (T chunk : chunks) {
            all = all.compose(done -> send.apply(chunk).map(r -> {
                done.add(r);
                return done;
            }));
        }
        return all;
    }

    private static <A, E> List<E> flat(List<A> answers, Function<A, List<E>> entries) {
        return answers.stream().flatMap(a -> entries.apply(a).stream()).toList();
    }

    private Future<Void> remember(String stationId, DeviceModelStore.Source source, List<ReportedVariable> values) {
        return values.isEmpty() ? Future.succeededFuture() : Committed.on(model.store().values(stationId, source, values));
    }

    private static ReportedVariable read(GetVariableResult r) {
        return new ReportedVariable(DeviceModelMapping.component(r.component()), DeviceModelMapping.variable(r.variable()),
                List.of(new AttributeValue(DeviceModelMapping.attributeType(r.attributeType()), r.attributeValue(),
                        null, null, null)), null);
    }

    /** The values the station accepted, matched to the request by component, variable and attribute type. */
    private static List<ReportedVariable> accepted(List<SetVariableData> asked, List<SetVariableResult> results) {
        List<ReportedVariable> values = new ArrayList<>();
        for (SetVariableResult r : results) {
            if (r.attributeStatus() != SetVariableStatus.Accepted) {
                continue; // RebootRequired: the old value still holds until the reboot
            }
            if (SecretValues.isSecret(r.component().name(), r.variable().name())) {
                continue; // a credential: only its hash is kept, by the password rotation
            }
            String type = DeviceModelMapping.attributeType(r.attributeType());
            asked.stream().filter(a -> a.component().equals(r.component()) && a.variable().equals(r.variable())
                            && DeviceModelMapping.attributeType(a.attributeType()).equals(type)).findFirst()
                    .ifPresent(a -> values.add(new ReportedVariable(DeviceModelMapping.component(a.component()),
                            DeviceModelMapping.variable(a.variable()),
                            List.of(new AttributeValue(type, a.attributeValue(), null, null, null)), null)));
        }
        return values;
    }
}
