package de.ladewerk.gateway.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;

class CsrValidatorTest {

    private final CsrValidator anyOrganization = new CsrValidator(null);
    private final KeyPair key = KeyPairs.ec();

    @Test
    void aWellFormedCsrOfTheStationPasses() throws Exception {
        CsrCheck check = anyOrganization.check("CP-1", Csrs.pem(key, "CP-1", "Stadtwerke"));
        assertThat(check.passed()).isTrue();
        assertThat(check.reason()).isNull();
    }

    @Test
    void aCsrSignedWithAnotherKeyIsRefused() throws Exception {
        CsrCheck check = anyOrganization.check("CP-1", Csrs.pem(key, "CP-1", "Stadtwerke", KeyPairs.ec().getPrivate()));
        assertThat(check.passed()).isFalse();
        assertThat(check.reason()).contains("signature");
    }

    @Test
    void aCsrForAnotherIdentityIsRefused() throws Exception {
        CsrCheck check = anyOrganization.check("CP-1", Csrs.pem(key, "CP-2", "Stadtwerke"));
        assertThat(check.reason()).contains("CN 'CP-2'").contains("CP-1");
    }

    @Test
    void organizationIsRequiredAndMustMatchWhenConfigured() throws Exception {
        assertThat(anyOrganization.check("CP-1", Csrs.pem(key, "CP-1", null)).reason()).contains("no O");
        CsrValidator wolfsburg = new CsrValidator("Stadtwerke Wolfsburg");
        assertThat(wolfsburg.check("CP-1", Csrs.pem(key, "CP-1", "Somebody Else")).reason()).contains("Somebody Else");
        assertThat(wolfsburg.check("CP-1", Csrs.pem(key, "CP-1", "Stadtwerke Wolfsburg")).passed()).isTrue();
    }

    @Test
    void weakRsaKeysAndGarbageAreRefused() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        KeyPair weak = g.generateKeyPair();
        assertThat(anyOrganization.check("CP-1", Csrs.pem(weak, "CP-1", "X")).reason()).contains("1024 bits");
        assertThat(anyOrganization.check("CP-1", "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n")
                .passed()).isFalse();
        assertThat(anyOrganization.check("CP-1", "hello").passed()).isFalse();
    }
}
