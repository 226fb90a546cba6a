package de.ladewerk.gateway.pnc;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A real OCSP responder over HTTP for tests: a contract sub-CA with EC P-256 keys, the certificates it issued
 * (serial → status), and answers signed by the CA itself, by a delegated OCSP-signing certificate, or (to test
 * distrust) by a stranger's key.
 */
public final class TestOcspResponder implements AutoCloseable {

    enum Signer { ISSUER, DELEGATED, STRANGER }

    final KeyPair caKeys = ecKeys();
    final X509CertificateHolder ca;
    private final KeyPair delegateKeys = ecKeys();
    private final X509CertificateHolder delegate;
    private final KeyPair strangerKeys = ecKeys();
    private final X509CertificateHolder stranger;
    // BouncyCastle's GOOD is null, so a plain map behind a lock
    private final Map<BigInteger, CertificateStatus> statuses = java.util.Collections.synchronizedMap(new java.util.HashMap<>());
    private final HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    volatile Signer signer = Signer.ISSUER;
    volatile Instant now;
    volatile Duration validity = Duration.ofHours(4);

    public TestOcspResponder(Instant now) throws Exception {
        this.now = now;
        ca = certificate("CN=Test MO Sub-CA", caKeys, "CN=Test MO Sub-CA", caKeys, true, false);
        delegate = certificate("CN=Test OCSP Responder", delegateKeys, "CN=Test MO Sub-CA", caKeys, false, true);
        stranger = certificate("CN=Stranger", strangerKeys, "CN=Stranger", strangerKeys, true, true);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ocsp", exchange -> {
            requests.incrementAndGet();
            try {
                byte[] answer = answer(new OCSPReq(exchange.getRequestBody().readAllBytes()));
                exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp";
    }

    public void good(long serial) {
        statuses.put(BigInteger.valueOf(serial), CertificateStatus.GOOD);
    }

    public void revoked(long serial) {
        statuses.put(BigInteger.valueOf(serial), new RevokedStatus(Date.from(now.minusSeconds(3600)), 1));
    }

    /** The OCPP hash data of a certificate this CA issued with the given serial. */
    public CertificateId idOf(long serial) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        HexFormat hex = HexFormat.of();
        return CertificateId.fromOcpp("SHA256", hex.formatHex(sha256.digest(ca.getSubject().getEncoded())),
                hex.formatHex(MessageDigest.getInstance("SHA-256").digest(
                        ca.getSubjectPublicKeyInfo().getPublicKeyData().getBytes())),
                Long.toHexString(serial), url());
    }

    private byte[] answer(OCSPReq request) throws Exception {
        KeyPair keys = switch (signer) {
            case ISSUER -> caKeys;
            case DELEGATED -> delegateKeys;
            case STRANGER -> strangerKeys;
        };
        X509CertificateHolder[] chain = switch (signer) {
            case ISSUER -> new X509CertificateHolder[] {ca};
            case DELEGATED -> new X509CertificateHolder[] {delegate, ca};
            case STRANGER -> new X509CertificateHolder[] {stranger, ca};
        };
        BasicOCSPRespBuilder builder = new JcaBasicOCSPRespBuilder(keys.getPublic(),
                new JcaDigestCalculatorProviderBuilder().build().get(
                        org.bouncycastle.cert.ocsp.CertificateID.HASH_SHA1));
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        for (Req single : request.getRequestList()) {
            BigInteger serial = single.getCertID().getSerialNumber();
            CertificateStatus status = statuses.containsKey(serial) ? statuses.get(serial) : new UnknownStatus();
            builder.addResponse(single.getCertID(), status, Date.from(now.minusSeconds(60)),
                    Date.from(now.plus(validity)), null);
        }
        BasicOCSPResp basic = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()),
                chain, Date.from(now));
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    }

    private X509CertificateHolder certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
                                              boolean ca, boolean ocspSigning) throws Exception {
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(subject.hashCode() & 0x7fffffff), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))), new X500Name(subject), subjectKeys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (ocspSigning) {
            b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
        }
        return b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate()));
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static byte[] encoded(OCSPResp r) throws IOException {
        return r.getEncoded();
    }
}
