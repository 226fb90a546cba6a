package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.handler.HandlerRegistry;
import de.ladewerk.gateway.devmodel.StationReports;
import de.ladewerk.gateway.handler.StationHandlers;
import de.ladewerk.ocpp.v201.V201Actions;
import de.ladewerk.ocpp.v201.availability.StatusNotificationRequest;
import de.ladewerk.ocpp.v201.datatransfer.DataTransferRequest;
import de.ladewerk.ocpp.v201.diagnostics.NotifyCustomerInformationRequest;
import de.ladewerk.ocpp.v201.diagnostics.NotifyEventRequest;
import de.ladewerk.ocpp.v201.diagnostics.NotifyMonitoringReportRequest;
import de.ladewerk.ocpp.v201.display.NotifyDisplayMessagesRequest;
import de.ladewerk.ocpp.v201.provisioning.BootNotificationRequest;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatRequest;
import de.ladewerk.ocpp.v201.provisioning.NotifyReportRequest;
import de.ladewerk.ocpp.v201.smartcharging.ClearedChargingLimitRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyChargingLimitRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingNeedsRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingScheduleRequest;
import de.ladewerk.ocpp.v201.smartcharging.ReportChargingProfilesRequest;

/** The OCPP 2.0.1 handlers, listed explicitly. */
public final class V201Handlers {

    private V201Handlers() {
    }

    public static HandlerRegistry create(StationHandlers stations, StationReports reports) {
        return new HandlerRegistry(V201Actions.REGISTRY)
                .add(BootNotificationRequest.class, new V201BootNotificationHandler(stations))
                .add(HeartbeatRequest.class, new V201HeartbeatHandler(stations))
                .add(StatusNotificationRequest.class, new V201StatusNotificationHandler(stations))
                .add(NotifyReportRequest.class, new V201NotifyReportHandler(reports.deviceModel().store()))
                .add(NotifyEventRequest.class, new V201NotifyEventHandler(reports.deviceModel().store()))
                .add(NotifyMonitoringReportRequest.class,
                        new V201NotifyMonitoringReportHandler(reports.deviceModel().store()))
                .add(DataTransferRequest.class, new V201DataTransferHandler(reports.dataTransfers()))
                .add(NotifyChargingLimitRequest.class,
                        new V201NotifyChargingLimitHandler(reports.chargingProfiles(), reports.clock()))
                .add(ClearedChargingLimitRequest.class,
                        new V201ClearedChargingLimitHandler(reports.chargingProfiles(), reports.clock()))
                .add(ReportChargingProfilesRequest.class,
                        new V201ReportChargingProfilesHandler(reports.chargingProfiles(), reports.clock()))
                .add(NotifyEVChargingNeedsRequest.class,
                        new V201NotifyEVChargingNeedsHandler(reports.chargingNeeds(), reports.clock()))
                .add(NotifyEVChargingScheduleRequest.class,
                        new V201NotifyEVChargingScheduleHandler(reports.chargingProfiles(), reports.clock()))
                .add(NotifyCustomerInformationRequest.class,
                        new V201NotifyCustomerInformationHandler(reports.customerInformation()))
                .add(NotifyDisplayMessagesRequest.class,
                        new V201NotifyDisplayMessagesHandler(reports.displayMessages(), reports.clock()));
    }
}
