package de.ladewerk.gateway.certificate;

import de.ladewerk.ocpp.v201.common.CertificateHashData;
import de.ladewerk.ocpp.v201.common.HashAlgorithm;
import de.ladewerk.ocpp.v201.security.CertificateHashDataChain;
import de.ladewerk.ocpp.v201.security.GetInstalledCertificateIdsResponse;
import java.time.Instant;
import java.util.List;

/** Maps the versions' CertificateHashData to {@link CertificateId} and back. */
final class CertificateHashes {

    private CertificateHashes() {
    }

    static CertificateHashData v201(CertificateId id) {
        return new CertificateHashData(CertificateCommands.parse(HashAlgorithm.class, id.hashAlgorithm()),
                id.issuerNameHash(), id.issuerKeyHash(), id.serialNumber());
    }

    static List<InstalledCertificate> reported16(String stationId, String type,
                                                 de.ladewerk.ocpp.v16.security.GetInstalledCertificateIdsResponse r,
                                                 Instant at) {
        if (r.certificateHashData() == null) {
            return List.of();
        }
        return r.certificateHashData().stream().map(h -> new InstalledCertificate(stationId, type,
                new CertificateId(h.hashAlgorithm().name(), h.issuerNameHash(), h.issuerKeyHash(), h.serialNumber()),
                "REPORTED", null, null, at)).toList();
    }

    static List<InstalledCertificate> reported201(String stationId, GetInstalledCertificateIdsResponse r, Instant at) {
        if (r.certificateHashDataChain() == null) {
            return List.of();
        }
        return r.certificateHashDataChain().stream().map(c -> new InstalledCertificate(stationId,
                c.certificateType().name(), id(c), "REPORTED", null, null, at)).toList();
    }

    private static CertificateId id(CertificateHashDataChain c) {
        CertificateHashData h = c.certificateHashData();
        return new CertificateId(h.hashAlgorithm().name(), h.issuerNameHash(), h.issuerKeyHash(), h.serialNumber());
    }
}
