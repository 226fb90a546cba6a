package de.ladewerk.gateway.certificate;

import de.ladewerk.gateway.context.Committed;
import de.ladewerk.gateway.security.StationCaller;
import de.ladewerk.ocpp.OcppVersion;
import de.ladewerk.ocpp.v16.security.ExtendedMessageTrigger;
import de.ladewerk.ocpp.v201.remotecontrol.MessageTrigger;
import de.ladewerk.ocpp.v201.security.GetCertificateIdUse;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The operator's certificate commands for a connected station of either version, each sent with
 * {@code StationConnection.call} and its outcome recorded: InstallCertificate, DeleteCertificate,
 * GetInstalledCertificateIds (the answer replaces what is known for those types) and renewal (TriggerMessage
 * SignChargingStationCertificate / ExtendedTriggerMessage SignChargePointCertificate, after which the station
 * sends SignCertificate).
 * Bad input fails with {@link IllegalArgumentException} before anything is sent; an offline station with
 * {@link de.ladewerk.gateway.security.StationOfflineException}. A station that answers with an error or not
 * at all completes the future with the outcome recorded as such (Timeout, CallError:…).
 */
public final class CertificateCommands {

    private final CertificateRepository repository;
    private final StationCaller caller;
    private final WorkerExecutor blocking;
    private final Clock clock;

    public CertificateCommands(CertificateRepository repository, StationCaller caller, WorkerExecutor blocking,
                               Clock clock) {
        this.repository = repository;
        this.caller = caller;
        this.blocking = blocking;
        this.clock = clock;
    }

    /**
     * Installs a root certificate.
     *
     * @param certificateType the version's word: 1.6 CentralSystemRootCertificate / ManufacturerRootCertificate;
     *                        2.0.1 CSMSRootCertificate, ManufacturerRootCertificate, V2GRootCertificate, MORootCertificate
     */
    public Future<CertificateOperation> install(String stationId, String certificateType, String pem) {
        OcppVersion version = caller.version(stationId);
        X509Certificate cert = Pem.certificates(pem).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no certificate in the PEM text"));
        boolean selfSigned = cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal());
        CertificateId id = selfSigned ? CertificateId.of(cert, cert) : null;
        Future<String> status = version == OcppVersion.V16
                ? caller.call(stationId, "InstallCertificate", new de.ladewerk.ocpp.v16.security.InstallCertificateRequest(
                                parse(de.ladewerk.ocpp.v16.security.CertificateUse.class, certificateType), pem),
                        de.ladewerk.ocpp.v16.security.InstallCertificateResponse.class).map(r -> r.status().name())
                : caller.call(stationId, "InstallCertificate", new de.ladewerk.ocpp.v201.security.InstallCertificateRequest(
                                parse(de.ladewerk.ocpp.v201.security.InstallCertificateUse.class, certificateType), pem),
                        de.ladewerk.ocpp.v201.security.InstallCertificateResponse.class).map(r -> r.status().name());
        String subject = cert.getSubjectX500Principal().getName();
        return finish(status, s -> {
            CertificateOperation op = operation(stationId, "InstallCertificate", certificateType, id, s, subject);
            InstalledCertificate installed = "Accepted".equals(s) && id != null ? new InstalledCertificate(stationId,
                    certificateType, id, "INSTALLED", subject, cert.getNotAfter().toInstant(), op.at()) : null;
            return Committed.on(repository.record(op, installed)).map(op);
        }, stationId, "InstallCertificate", certificateType, id);
    }

    /** Deletes an installed certificate. */
    public Future<CertificateOperation> delete(String stationId, CertificateId id) {
        OcppVersion version = caller.version(stationId);
        Future<String> status = version == OcppVersion.V16
                ? caller.call(stationId, "DeleteCertificate", new de.ladewerk.ocpp.v16.security.DeleteCertificateRequest(
                                new de.ladewerk.ocpp.v16.security.CertificateHashData(
                                        parse(de.ladewerk.ocpp.v16.security.HashAlgorithm.class, id.hashAlgorithm()),
                                        id.issuerNameHash(), id.issuerKeyHash(), id.serialNumber())),
                        de.ladewerk.ocpp.v16.security.DeleteCertificateResponse.class).map(r -> r.status().name())
                : caller.call(stationId, "DeleteCertificate", new de.ladewerk.ocpp.v201.security.DeleteCertificateRequest(
                                CertificateHashes.v201(id)),
                        de.ladewerk.ocpp.v201.security.DeleteCertificateResponse.class).map(r -> r.status().name());
        return finish(status, s -> {
            CertificateOperation op = operation(stationId, "DeleteCertificate", null, id, s, null);
            // NotFound also means it is not on the station (any more)
            return Committed.on("Failed".equals(s) ? repository.record(op, null) : repository.recordRemoval(op)).map(op);
        }, stationId, "DeleteCertificate", null, id);
    }

    /**
     * Asks which certificates are installed. 1.6 takes exactly one type per request; 2.0.1 any number (none:
     * all types). Completes with what the station reported (empty for NotFound).
     */
    public Future<List<InstalledCertificate>> getInstalledCertificateIds(String stationId, List<String> types) {
        OcppVersion version = caller.version(stationId);
        Instant at = clock.instant(); // one time for the report and its rows, so the rows are not older than it
        Future<List<InstalledCertificate>> reported;
        List<String> asked;
        if (version == OcppVersion.V16) {
            if (types == null || types.size() != 1) {
                throw new IllegalArgumentException("OCPP 1.6 asks for exactly one certificate type per request");
            }
            asked = types;
            reported = caller.call(stationId, "GetInstalledCertificateIds",
                    new de.ladewerk.ocpp.v16.security.GetInstalledCertificateIdsRequest(
                            parse(de.ladewerk.ocpp.v16.security.CertificateUse.class, types.get(0))),
                    de.ladewerk.ocpp.v16.security.GetInstalledCertificateIdsResponse.class)
                    .map(r -> CertificateHashes.reported16(stationId, types.get(0), r, at));
        } else {
            List<GetCertificateIdUse> uses = types == null || types.isEmpty() ? null
                    : types.stream().map(t -> parse(GetCertificateIdUse.class, t)).toList();
            asked = uses == null ? Arrays.stream(GetCertificateIdUse.values()).map(Enum::name).toList() : types;
            reported = caller.call(stationId, "GetInstalledCertificateIds",
                    new de.ladewerk.ocpp.v201.security.GetInstalledCertificateIdsRequest(uses),
                    de.ladewerk.ocpp.v201.security.GetInstalledCertificateIdsResponse.class)
                    .map(r -> CertificateHashes.reported201(stationId, r, at));
        }
        String typeWords = String.join(",", asked);
        return reported.compose(list -> {
            CertificateOperation op = new CertificateOperation(stationId, "GetInstalledCertificateIds", typeWords, null,
                    list.isEmpty() ? "NotFound" : "Accepted", list.size() + " certificate(s)", at);
            return Committed.on(repository.recordReport(op, asked, list)).map(list);
        }, failure -> {
            record(stationId, "GetInstalledCertificateIds", typeWords, null, failure);
            return Future.failedFuture(failure);
        });
    }

    /** Asks the station to renew its charging-station certificate (it then sends SignCertificate). */
    public Future<CertificateOperation> renew(String stationId) {
        OcppVersion version = caller.version(stationId);
        Future<String> status = version == OcppVersion.V16
                ? caller.call(stationId, "ExtendedTriggerMessage", new de.ladewerk.ocpp.v16.security.ExtendedTriggerMessageRequest(
                                ExtendedMessageTrigger.SignChargePointCertificate, null),
                        de.ladewerk.ocpp.v16.security.ExtendedTriggerMessageResponse.class).map(r -> r.status().name())
                : caller.call(stationId, "TriggerMessage", new de.ladewerk.ocpp.v201.remotecontrol.TriggerMessageRequest(
                                null, MessageTrigger.SignChargingStationCertificate),
                        de.ladewerk.ocpp.v201.remotecontrol.TriggerMessageResponse.class).map(r -> r.status().name());
        String type = CertificateService.STATION_CERTIFICATE;
        return finish(status, s -> {
            CertificateOperation op = operation(stationId, "RenewCertificate", type, null, s, null);
            return Committed.on(repository.record(op, null)).map(op);
        }, stationId, "RenewCertificate", type, null);
    }

    /** What is known to be installed on a station (blocking read on the worker pool). */
    public Future<List<InstalledCertificate>> installed(String stationId) {
        return blocking.executeBlocking(() -> repository.installed(stationId), false);
    }

    private Future<CertificateOperation> finish(Future<String> status,
                                                java.util.function.Function<String, Future<CertificateOperation>> onAnswer,
                                                String stationId, String operation, String type, CertificateId id) {
        return status.compose(onAnswer, failure -> record(stationId, operation, type, id, failure));
    }

    private Future<CertificateOperation> record(String stationId, String operation, String type, CertificateId id,
                                                Throwable failure) {
        if (failure instanceof de.ladewerk.gateway.security.StationOfflineException) {
            return Future.failedFuture(failure); // nothing was sent, nothing to record
        }
        CertificateOperation op = operation(stationId, operation, type, id, StationCaller.outcomeOf(failure),
                failure.getMessage());
        return Committed.on(repository.record(op, null)).map(op);
    }

    private CertificateOperation operation(String stationId, String operation, String type, CertificateId id,
                                           String outcome, String detail) {
        return new CertificateOperation(stationId, operation, type, id, outcome, detail, clock.instant());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String word) {
        try {
            return Enum.valueOf(type, word);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("'" + word + "' is none of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
