package de.ladewerk.gateway.pnc;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** BouncyCastle, registered once and used by name, for the curves and hashes ISO 15118 certificates use. */
final class Pnc {

    private static final Provider PROVIDER = registered();

    private Pnc() {
    }

    static Provider provider() {
        return PROVIDER;
    }

    private static Provider registered() {
        Provider present = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (present != null) {
            return present;
        }
        Provider bc = new BouncyCastleProvider();
        Security.addProvider(bc);
        return bc;
    }
}
