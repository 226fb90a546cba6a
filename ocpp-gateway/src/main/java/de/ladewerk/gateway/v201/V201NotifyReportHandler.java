package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.devmodel.DeviceModelMapping;
import de.ladewerk.gateway.devmodel.DeviceModelStore;
import de.ladewerk.gateway.devmodel.ReportPart;
import de.ladewerk.gateway.handler.CallHandler;
import de.ladewerk.gateway.handler.StationSession;
import de.ladewerk.ocpp.v201.provisioning.NotifyReportRequest;
import de.ladewerk.ocpp.v201.provisioning.NotifyReportResponse;
import io.vertx.core.Future;
import java.util.List;

/**
 * OCPP 2.0.1 NotifyReport: one part of a GetBaseReport/GetReport answer. Each part is applied on
 * arrival (idempotent upserts) and recorded, so a report of thousands of variables never waits in
 * memory and a re-sent part changes nothing.
 */
public final class V201NotifyReportHandler implements CallHandler<NotifyReportRequest, NotifyReportResponse> {

    private final DeviceModelStore store;

    public V201NotifyReportHandler(DeviceModelStore store) {
        this.store = store;
    }

    @Override
    public Future<NotifyReportResponse> handle(StationSession session, NotifyReportRequest r) {
        ReportPart part = new ReportPart(ReportPart.Kind.Report, r.requestId(), r.seqNo(), Boolean.TRUE.equals(r.tbc()),
                r.generatedAt());
        return Committed.on(store.reportPart(session.stationId(), part, r.reportData() == null ? List.of()
                : r.reportData().stream().map(DeviceModelMapping::reported).toList())).map(v -> new NotifyReportResponse());
    }
}
