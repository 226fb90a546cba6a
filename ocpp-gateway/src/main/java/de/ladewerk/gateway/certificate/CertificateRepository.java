package de.ladewerk.gateway.certificate;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Where certificate exchanges and the certificates on stations are recorded. Writes complete after commit;
 * reads block and run on worker threads.
 */
public interface CertificateRepository {

    /** Records an exchange; if {@code installed} is given, it is now known to be on the station. */
    CompletionStage<Void> record(CertificateOperation operation, InstalledCertificate installed);

    /** Records an exchange after which the certificate is no longer on the station. */
    CompletionStage<Void> recordRemoval(CertificateOperation operation);

    /**
     * Records a GetInstalledCertificateIds answer: the station's reported list replaces what was reported
     * before for those types.
     */
    CompletionStage<Void> recordReport(CertificateOperation operation, List<String> types,
                                       List<InstalledCertificate> reported);

    /** The certificates known on a station, newest first. */
    List<InstalledCertificate> installed(String stationId);

    /** The latest exchanges with a station, newest first. */
    List<CertificateOperation> operations(String stationId, int limit);
}
