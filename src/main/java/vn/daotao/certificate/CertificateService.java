package vn.daotao.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.certificate.internal.CertificateRenderer;
import vn.daotao.certificate.internal.CertificateStore;
import vn.daotao.progress.CompletionWithdrawn;
import vn.daotao.progress.CourseCompleted;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.Role;
import vn.daotao.security.SignedInUser;

/** Issues certificates the moment a course is completed, renders them, and answers the public check. */
@Service
public class CertificateService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private final CertificateStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    CertificateService(
            CertificateStore store,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            @Value("${app.public-url:http://localhost:8080}") String publicUrl) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Runs in the transaction that recorded the last quiz: completion and certificate commit together. */
    @EventListener
    void issue(CourseCompleted completed) {
        CertificateStore.Snapshot snapshot = store.snapshot(completed.completionId());
        CertificateTemplate template = store.template();
        LocalDate completedOn = LocalDate.ofInstant(snapshot.completedAt(), TimeConfiguration.ZONE);
        int year = LocalDate.now(clock.withZone(TimeConfiguration.ZONE)).getYear();
        String serial = SerialNumbers.format(
                template.serialPrefix(), year, store.nextSerialNumber(template.serialPrefix(), year));
        long id = store.insert(
                completed.completionId(), snapshot, template, serial, newCode(), completedOn, clock.instant());
        audit.recordAsInCurrentTransaction(
                store.username(snapshot.userId()),
                AuditAction.CERTIFICATE_ISSUED,
                AuditTarget.CERTIFICATE,
                id,
                Map.of("serial", serial, "completion", completed.completionId()));
    }

    /** A withdrawn completion's certificates are revoked with it, in the same transaction, by the same admin. */
    @EventListener
    void revokeWithdrawn(CompletionWithdrawn withdrawn) {
        SignedInUser me = currentUser.require();
        for (long id : store.validOfCompletion(withdrawn.completionId())) {
            if (store.revoke(id, me.id(), withdrawn.reason(), clock.instant())) {
                audit.recordChangeInCurrentTransaction(
                        AuditAction.CERTIFICATE_REVOKED,
                        AuditTarget.CERTIFICATE,
                        id,
                        Map.of("reason", withdrawn.reason(), "completionWithdrawn", withdrawn.completionId()));
            }
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyCertificateRow> myCertificates() {
        return store.ofUser(currentUser.require().id()).stream()
                .map(c -> new MyCertificateRow(
                        c.id(),
                        c.serial(),
                        c.courseTitle(),
                        c.editionNo(),
                        c.completedOn(),
                        c.issuedAt(),
                        c.statusAt(clock.instant())))
                .toList();
    }

    /** The PDF, for its holder, an admin, or the head of a unit above the holder. Anyone else is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CertificatePdf pdf(long certificateId) {
        SignedInUser me = currentUser.require();
        CertificateData data = store.find(certificateId)
                .filter(c -> c.userId() == me.id()
                        || me.has(Role.ADMIN)
                        || (me.has(Role.UNIT_HEAD) && store.holderInSubtree(c.id(), me.unitId())))
                .orElseThrow(() -> new AccessDeniedException(
                        "Certificate " + certificateId + " is not visible to the signed-in person"));
        return new CertificatePdf(
                data.serial(),
                CertificateRenderer.render(data, store.templateOf(data.id()), verifyUrl(data.verificationCode())));
    }

    /** The public check behind the QR code. Malformed and unknown codes are simply not found. */
    @Transactional(readOnly = true)
    public Optional<Verification> verify(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return store.byCode(code)
                .map(c -> new Verification(
                        c.statusAt(clock.instant()),
                        c.holderName(),
                        c.courseTitle(),
                        c.editionNo(),
                        c.issuedAt(),
                        c.revokedAt()));
    }

    /** An admin looks a certificate up by its serial, to check or revoke it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<CertificateData> findBySerial(String serial) {
        return serial == null ? Optional.empty() : store.bySerial(serial.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Revokes a certificate for good, with the reason people will see on the public check. A revoked
     * certificate stays on record; a correction is a new certificate.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(long certificateId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new vn.daotao.base.UserFacingException("certificate.revoke.reasonRequired");
        }
        SignedInUser me = currentUser.require();
        if (!store.revoke(certificateId, me.id(), reason.trim(), clock.instant())) {
            throw new vn.daotao.base.UserFacingException("certificate.revoke.already");
        }
        audit.recordChangeInCurrentTransaction(
                AuditAction.CERTIFICATE_REVOKED,
                AuditTarget.CERTIFICATE,
                certificateId,
                Map.of("reason", reason.trim()));
    }

    public String verifyUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    /** 128 random bits, base64url: 22 characters nobody can guess. */
    private String newCode() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public record CertificatePdf(String serial, byte[] content) {}
}
