package vn.daotao.certificate;

import java.time.Instant;

/**
 * Whether certificate PDFs are signed, and with what: the signer's name, its certificate's expiry, whether it
 * is the generated demo key, and whether it comes from the environment (not replaceable on the page).
 */
public record SigningStatus(boolean signing, String signer, Instant notAfter, boolean demo, boolean fromEnvironment) {

    public static SigningStatus none(boolean fromEnvironment) {
        return new SigningStatus(false, null, null, false, fromEnvironment);
    }
}
