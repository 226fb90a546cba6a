package de.ladewerk.gateway.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/** PEM text to and from certificates and certification requests. */
public final class Pem {

    private Pem() {
    }

    /** Writes objects (certificates, keys, requests) as concatenated PEM blocks. */
    public static String write(Object... objects) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            for (Object o : objects) {
                w.writeObject(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A chain as PEM, leaf first. */
    public static String chain(List<X509Certificate> chain) {
        return write(chain.toArray());
    }

    /** Every certificate in a PEM text, in order. */
    public static List<X509Certificate> certificates(String pem) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return factory.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                    .stream().map(X509Certificate.class::cast).toList();
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not a PEM certificate: " + e.getMessage(), e);
        }
    }

    /**
     * The certification request in a PEM text.
     *
     * @throws IllegalArgumentException if the text holds no readable CSR
     */
    public static PKCS10CertificationRequest csr(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object o = parser.readObject();
            if (o instanceof PKCS10CertificationRequest r) {
                return r;
            }
            throw new IllegalArgumentException("the PEM text holds no certificate signing request");
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException i) {
                throw i;
            }
            throw new IllegalArgumentException("the CSR is not readable PEM: " + e.getMessage(), e);
        }
    }
}
