package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.devmodel.DeviceModelMapping;
import de.ladewerk.gateway.devmodel.DeviceModelStore;
import de.ladewerk.gateway.devmodel.Monitor;
import de.ladewerk.gateway.devmodel.ReportPart;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.diagnostics.MonitoringData;
import de.ladewerk.ocpp.v201.diagnostics.NotifyMonitoringReportRequest;
import de.ladewerk.ocpp.v201.diagnostics.NotifyMonitoringReportResponse;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/** OCPP 2.0.1 NotifyMonitoringReport: one part of a GetMonitoringReport answer, applied on arrival. */
public final class V201NotifyMonitoringReportHandler
        implements CallHandler<NotifyMonitoringReportRequest, NotifyMonitoringReportResponse> {

    private final DeviceModelStore store;

    public V201NotifyMonitoringReportHandler(DeviceModelStore store) {
        this.store = store;
    }

    @Override
    public Future<NotifyMonitoringReportResponse> handle(StationSession session, NotifyMonitoringReportRequest r) {
        List<Monitor> monitors = new ArrayList<>();
        for (MonitoringData d : r.monitor() == null ? List.<MonitoringData>of() : r.monitor()) {
            d.variableMonitoring().forEach(m -> monitors.add(new Monitor(m.id(), DeviceModelMapping.component(d.component()),
                    DeviceModelMapping.variable(d.variable()), m.transaction(), m.value(), m.type().name(), m.severity())));
        }
        ReportPart part = new ReportPart(ReportPart.Kind.MonitoringReport, r.requestId(), r.seqNo(),
                Boolean.TRUE.equals(r.tbc()), r.generatedAt());
        return Committed.on(store.monitoringPart(session.stationId(), part, r.requestId(), monitors))
                .map(v -> new NotifyMonitoringReportResponse());
    }
}
