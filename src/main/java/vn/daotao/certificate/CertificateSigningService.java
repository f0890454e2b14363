package vn.daotao.certificate;

import java.util.Arrays;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.UserFacingException;
import vn.daotao.certificate.internal.PdfSigner;
import vn.daotao.certificate.internal.SigningKeyStore;
import vn.daotao.security.CurrentUser;

/**
 * The organisation's signing key for certificate PDFs: its status, and its installation by an admin from a
 * PKCS#12 file and its password (checked by opening it; the private key is never shown again, and its
 * password is kept encrypted). The demo profile installs a generated, clearly-marked demo key.
 */
@Service
public class CertificateSigningService {

    /** A PKCS#12 file is small; anything bigger is not one. */
    public static final int MAX_BYTES = 256 * 1024;

    private final SigningKeyStore keys;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CertificateSigningService(SigningKeyStore keys, CurrentUser currentUser, AuditLog audit) {
        this.keys = keys;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public SigningStatus status() {
        return keys.active()
                .map(k -> new SigningStatus(
                        true,
                        k.signerName(),
                        k.certificate().getNotAfter().toInstant(),
                        k.demo(),
                        keys.fromEnvironment()))
                .orElse(SigningStatus.none(keys.fromEnvironment()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SigningStatus install(byte[] pkcs12, char[] password) {
        try {
            if (keys.fromEnvironment()) {
                throw new UserFacingException("signing.error.environment");
            }
            if (!keys.canInstall()) {
                throw new UserFacingException("signing.error.noSecret");
            }
            if (pkcs12 == null || pkcs12.length == 0 || pkcs12.length > MAX_BYTES) {
                throw new UserFacingException("signing.error.file");
            }
            PdfSigner.SigningKey key = keys.install(
                            pkcs12, password, false, currentUser.require().id())
                    .orElseThrow(() -> new UserFacingException("signing.error.file"));
            audit.recordChangeInCurrentTransaction(
                    AuditAction.SIGNING_KEY_INSTALLED,
                    AuditTarget.CERTIFICATE_TEMPLATE,
                    null,
                    Map.of(
                            "subject",
                            key.certificate().getSubjectX500Principal().getName(),
                            "notAfter",
                            key.certificate().getNotAfter().toInstant().toString()));
            return status();
        } finally {
            if (password != null) {
                Arrays.fill(password, ' ');
            }
        }
    }

    /** Demo profile: a generated key marked "KHÓA DEMO - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ", unless one is installed. */
    @Transactional
    public void installDemoKeyIfNone(String organisation) {
        keys.installDemoKeyIfNone(organisation);
    }
}
