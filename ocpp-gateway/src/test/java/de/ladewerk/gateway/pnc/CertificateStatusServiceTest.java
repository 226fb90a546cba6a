package de.ladewerk.gateway.pnc;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CertificateStatusServiceTest {

    private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");
    private static Vertx vertx;
    private static WorkerExecutor workers;
    private TestOcspResponder responder;
    private MutableClock clock;
    private CertificateStatusService service;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
        workers = vertx.createSharedWorkerExecutor("ocsp-test", 2);
    }

    @AfterAll
    static void stopVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @BeforeEach
    void responder() throws Exception {
        responder = new TestOcspResponder(T0);
        clock = new MutableClock(T0);
        service = new CertificateStatusService(new OcspClient(Duration.ofSeconds(5), clock), workers, clock);
    }

    @org.junit.jupiter.api.AfterEach
    void stop() {
        responder.close();
    }

    private OcspAnswer status(long serial) throws Exception {
        return service.status(responder.idOf(serial)).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aGoodCertificateIsGoodAndTheAnswerIsTheResponderSOwn() throws Exception {
        responder.good(0x1234);
        OcspAnswer answer = status(0x1234);
        assertThat(answer.status()).isEqualTo(OcspStatus.GOOD);
        assertThat(new OCSPResp(answer.response()).getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        assertThat(answer.validUntil()).isEqualTo(T0.plus(Duration.ofHours(4)));
    }

    @Test
    void revokedAndUnknownCertificatesAreNamedSo() throws Exception {
        responder.revoked(0x99);
        OcspAnswer revoked = status(0x99);
        assertThat(revoked.status()).as(revoked.detail()).isEqualTo(OcspStatus.REVOKED);
        assertThat(status(0x77).status()).isEqualTo(OcspStatus.UNKNOWN);
    }

    @Test
    void aDelegatedResponderSignedByTheIssuerIsTrustedAStrangerIsNot() throws Exception {
        responder.good(0x1);
        responder.signer = TestOcspResponder.Signer.DELEGATED;
        assertThat(status(0x1).status()).isEqualTo(OcspStatus.GOOD);

        responder.good(0x2);
        responder.signer = TestOcspResponder.Signer.STRANGER;
        OcspAnswer forged = status(0x2);
        assertThat(forged.status()).isEqualTo(OcspStatus.UNAVAILABLE);
        assertThat(forged.detail()).contains("not signed by the issuer");
    }

    @Test
    void answersAreReusedWithinTheirValidityAndAskedAgainAfter() throws Exception {
        responder.good(0x5);
        status(0x5);
        status(0x5);
        assertThat(responder.requests.get()).isEqualTo(1);

        responder.revoked(0x5);
        clock.advance(Duration.ofHours(4).plusSeconds(1));
        responder.now = clock.instant();
        assertThat(status(0x5).status()).isEqualTo(OcspStatus.REVOKED);
        assertThat(responder.requests.get()).isEqualTo(2);
    }

    @Test
    void anUnreachableOrStaleResponderIsUnavailableAndNotRemembered() throws Exception {
        responder.good(0x6);
        responder.now = T0.minus(Duration.ofDays(1)); // its answers expired a day ago
        OcspAnswer stale = status(0x6);
        assertThat(stale.status()).isEqualTo(OcspStatus.UNAVAILABLE);
        assertThat(stale.detail()).contains("stale");

        responder.close();
        OcspAnswer none = status(0x6);
        assertThat(none.status()).isEqualTo(OcspStatus.UNAVAILABLE);
        assertThat(none.detail()).contains("not reachable");
    }

    @Test
    void onlyHttpResponderUrlsAreAsked() {
        CertificateId ftp = CertificateId.fromOcpp("SHA256", "00", "00", "01", "ftp://example/ocsp");
        assertThat(new OcspClient(Duration.ofSeconds(1), clock).check(ftp).detail()).contains("must be http");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CertificateId.fromOcpp("SHA256", "zz", "00", "01", "x"))
                .hasMessageContaining("issuerNameHash");
    }
}
