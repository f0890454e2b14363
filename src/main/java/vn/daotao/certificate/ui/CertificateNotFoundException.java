package vn.daotao.certificate.ui;

import java.io.Serial;

/** No certificate has the code in the URL (or the code is not even well-formed). */
public class CertificateNotFoundException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public CertificateNotFoundException() {
        super("Certificate not found");
    }
}
