package de.ladewerk.gateway.v201;

import de.ladewerk.gateway.devmodel.StationReports;
import de.ladewerk.gateway.handler.DomainServices;
import de.ladewerk.gateway.handler.HandlerRegistry;
import de.ladewerk.gateway.security.SecurityServices;
import de.ladewerk.ocpp.v201.diagnostics.LogStatusNotificationRequest;
import de.ladewerk.ocpp.v201.firmware.FirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v201.firmware.PublishFirmwareStatusNotificationRequest;
import de.ladewerk.ocpp.v201.security.Get15118EVCertificateRequest;
import de.ladewerk.ocpp.v201.security.GetCertificateStatusRequest;
import de.ladewerk.ocpp.v201.security.SecurityEventNotificationRequest;
import de.ladewerk.ocpp.v201.security.SignCertificateRequest;
import de.ladewerk.ocpp.v201.V201Actions;
import de.ladewerk.ocpp.v201.authorization.AuthorizeRequest;
import de.ladewerk.ocpp.v201.availability.StatusNotificationRequest;
import de.ladewerk.ocpp.v201.datatransfer.DataTransferRequest;
import de.ladewerk.ocpp.v201.diagnostics.NotifyCustomerInformationRequest;
import de.ladewerk.ocpp.v201.diagnostics.NotifyEventRequest;
import de.ladewerk.ocpp.v201.diagnostics.NotifyMonitoringReportRequest;
import de.ladewerk.ocpp.v201.display.NotifyDisplayMessagesRequest;
import de.ladewerk.ocpp.v201.metervalues.MeterValuesRequest;
import de.ladewerk.ocpp.v201.provisioning.BootNotificationRequest;
import de.ladewerk.ocpp.v201.provisioning.HeartbeatRequest;
import de.ladewerk.ocpp.v201.provisioning.NotifyReportRequest;
import de.ladewerk.ocpp.v201.reservation.ReservationStatusUpdateRequest;
import de.ladewerk.ocpp.v201.smartcharging.ClearedChargingLimitRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyChargingLimitRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingNeedsRequest;
import de.ladewerk.ocpp.v201.smartcharging.NotifyEVChargingScheduleRequest;
import de.ladewerk.ocpp.v201.smartcharging.ReportChargingProfilesRequest;
import de.ladewerk.ocpp.v201.transactions.TransactionEventRequest;

/** The OCPP 2.0.1 handlers, listed explicitly: one per action a charging station sends. */
public final class V201Handlers {

    private V201Handlers() {
    }

    public static HandlerRegistry create(DomainServices d) {
        StationReports reports = d.reports();
        return new HandlerRegistry(V201Actions.REGISTRY)
                .add(BootNotificationRequest.class, new V201BootNotificationHandler(d.stations()))
                .add(HeartbeatRequest.class, new V201HeartbeatHandler(d.stations()))
                .add(StatusNotificationRequest.class, new V201StatusNotificationHandler(d.stations()))
                .add(ReservationStatusUpdateRequest.class, new V201ReservationStatusUpdateHandler(d.reservations()))
                .add(TransactionEventRequest.class, new V201TransactionEventHandler(d.sessions(), d.connections()))
                .add(MeterValuesRequest.class, new V201MeterValuesHandler(d.sessions()))
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
                        new V201NotifyEVChargingScheduleHandler(reports.chargingProfiles(), reports.chargingNeeds(), reports.clock()))
                .add(NotifyCustomerInformationRequest.class,
                        new V201NotifyCustomerInformationHandler(reports.customerInformation()))
                .add(NotifyDisplayMessagesRequest.class,
                        new V201NotifyDisplayMessagesHandler(reports.displayMessages(), reports.clock()));
    }

    /** All of the above plus security (events, certificates) and firmware/log status handlers. */
    public static HandlerRegistry create(DomainServices d, SecurityServices security) {
        return create(d)
                .add(SecurityEventNotificationRequest.class, new V201SecurityEventNotificationHandler(security.securityEvents()))
                .add(SignCertificateRequest.class, new V201SignCertificateHandler(security.certificates()))
                .add(Get15118EVCertificateRequest.class, new V201Get15118EVCertificateHandler())
                .add(AuthorizeRequest.class, new V201AuthorizeHandler(d.authorizer(), security.certificateStatus()))
                .add(GetCertificateStatusRequest.class, new V201GetCertificateStatusHandler(security.certificateStatus()))
                .add(FirmwareStatusNotificationRequest.class,
                        new V201FirmwareStatusNotificationHandler(security.firmwareEvents()))
                .add(LogStatusNotificationRequest.class, new V201LogStatusNotificationHandler(security.firmwareEvents()))
                .add(PublishFirmwareStatusNotificationRequest.class,
                        new V201PublishFirmwareStatusNotificationHandler(security.firmwareEvents()));
    }
}
