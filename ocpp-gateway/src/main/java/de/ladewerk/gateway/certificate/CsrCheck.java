package de.ladewerk.gateway.certificate;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * The verdict on a station's CSR.
 *
 * @param csr    the parsed request when it passed, else null
 * @param reason why it was refused (for the log, the record and the 2.0.1 statusInfo), else null
 */
public record CsrCheck(PKCS10CertificationRequest csr, String reason) {

    static CsrCheck passed(PKCS10CertificationRequest csr) {
        return new CsrCheck(csr, null);
    }

    static CsrCheck refused(String reason) {
        return new CsrCheck(null, reason);
    }

    public boolean passed() {
        return csr != null;
    }
}
