package de.ladewerk.gateway.certificate;

import java.security.KeyPair;
import java.security.PrivateKey;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** CSRs as a station makes them (test side). */
final class Csrs {

    private Csrs() {
    }

    /** A PEM CSR for {@code key} with subject CN/O, signed with {@code signer} (normally the same key's private half). */
    static String pem(KeyPair key, String cn, String organization, PrivateKey signer) throws Exception {
        var builder = new JcaPKCS10CertificationRequestBuilder(CertificateIssuer.name(cn, organization), key.getPublic());
        return Pem.write(builder.build(new JcaContentSignerBuilder(KeyPairs.signatureAlgorithm(signer)).build(signer)));
    }

    static String pem(KeyPair key, String cn, String organization) throws Exception {
        return pem(key, cn, organization, key.getPrivate());
    }
}
