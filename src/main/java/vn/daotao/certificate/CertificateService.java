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
import vn.daotao.certificate.internal.PdfSigner;
import vn.daotao.certificate.internal.SigningKeyStore;
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
    private final SigningKeyStore signingKeys;
    private final vn.daotao.certificate.internal.SignatureTimestamps timestamps;
    private final SecureRandom random = new SecureRandom();

    CertificateService(
            CertificateStore store,
            SigningKeyStore signingKeys,
            vn.daotao.certificate.internal.SignatureTimestamps timestamps,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            @Value("${app.public-url:http://localhost:8080}") String publicUrl) {
        this.store = store;
        this.signingKeys = signingKeys;
        this.timestamps = timestamps;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Runs in the transaction that recorded the last quiz: completion and certificate commit together. */
    @EventListener
    void issue(CourseCompleted completed) {
        Issued issued = issueFor(completed.completionId(), null);
        audit.recordAsInCurrentTransaction(
                store.username(issued.userId()),
                AuditAction.CERTIFICATE_ISSUED,
                AuditTarget.CERTIFICATE,
                issued.id(),
                Map.of("serial", issued.serial(), "completion", completed.completionId()));
    }

    private record Issued(long id, String serial, long userId) {}

    /**
     * A new certificate for a completion, with the holder's name and unit as they are now: numbered under
     * the course's serial prefix (else the global one), gap-free per prefix and year, valid for the course's
     * months from the completion day (through the same day of the last month) when it sets a validity.
     */
    private Issued issueFor(long completionId, Long replaces) {
        CertificateStore.Snapshot snapshot = store.snapshot(completionId);
        CertificateTemplate template = store.template();
        LocalDate completedOn = LocalDate.ofInstant(snapshot.completedAt(), TimeConfiguration.ZONE);
        int year = LocalDate.now(clock.withZone(TimeConfiguration.ZONE)).getYear();
        String prefix = snapshot.serialPrefix() != null ? snapshot.serialPrefix() : template.serialPrefix();
        String serial = SerialNumbers.format(prefix, year, store.nextSerialNumber(prefix, year));
        java.time.Instant expires = snapshot.validityMonths() == null
                ? null
                : completedOn
                        .plusMonths(snapshot.validityMonths())
                        .plusDays(1)
                        .atStartOfDay(TimeConfiguration.ZONE)
                        .toInstant();
        long id = store.insert(
                completionId, snapshot, template, serial, newCode(), completedOn, clock.instant(), expires, replaces);
        return new Issued(id, serial, snapshot.userId());
    }

    /**
     * Re-issues a certificate after a correction (the holder's name or unit as they are now): the old one is
     * revoked as replaced, a new serial is issued that names it, and the public check of the old code says
     * which serial replaced it. Audited with both serials.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CertificateData reissue(long certificateId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new vn.daotao.base.UserFacingException("certificate.reissue.reasonRequired");
        }
        SignedInUser me = currentUser.require();
        CertificateData old = store.find(certificateId)
                .filter(c -> c.revokedAt() == null)
                .orElseThrow(() -> new vn.daotao.base.UserFacingException("certificate.reissue.notValid"));
        if (!store.revoke(old.id(), me.id(), reason.trim(), clock.instant())) {
            throw new vn.daotao.base.UserFacingException("certificate.reissue.notValid");
        }
        long id = issueFor(store.completionOf(old.id()), old.id()).id();
        CertificateData issued = store.find(id).orElseThrow();
        audit.recordChangeInCurrentTransaction(
                AuditAction.CERTIFICATE_REISSUED,
                AuditTarget.CERTIFICATE,
                id,
                Map.of(
                        "replaces",
                        old.serial(),
                        "serial",
                        issued.serial(),
                        "reason",
                        reason.trim(),
                        "before",
                        Map.of("holderName", old.holderName(), "unitName", old.unitName()),
                        "after",
                        Map.of("holderName", issued.holderName(), "unitName", issued.unitName())));
        return issued;
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
        return store.ofUser(currentUser.require().id()).stream().map(this::mine).toList();
    }

    /** The signed-in person's certificate of one of their completions (none for someone else's). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<MyCertificateRow> myCertificateOf(long completionId) {
        return store.ofCompletion(completionId, currentUser.require().id()).map(this::mine);
    }

    private MyCertificateRow mine(CertificateData c) {
        return new MyCertificateRow(
                c.id(),
                c.serial(),
                c.courseTitle(),
                c.editionNo(),
                c.completedOn(),
                c.issuedAt(),
                c.statusAt(clock.instant()));
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
        return render(data);
    }

    /** The PDF of a certificate by its serial, for the REST API (a token with read:records). */
    @PreAuthorize("hasAuthority('SCOPE_read:records')")
    @Transactional(readOnly = true)
    public Optional<CertificatePdf> pdfBySerial(String serial) {
        return store.idOfSerial(serial).flatMap(store::find).map(this::render);
    }

    private CertificatePdf render(CertificateData data) {
        CertificateTemplate template = store.templateOf(data.id());
        // a revoked or replaced certificate is not signed again: its PDF must not validate as a fresh document
        java.util.Optional<PdfSigner.SigningKey> key =
                data.revokedAt() == null ? signingKeys.active() : java.util.Optional.empty();
        java.time.Instant now = clock.instant();
        String signatureLine = key.map(k -> "Ký số: " + k.signerName() + "\nNgày ký: "
                        + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                                .withZone(TimeConfiguration.ZONE)
                                .format(now))
                .orElse(null);
        byte[] pdf = CertificateRenderer.render(data, template, verifyUrl(data.verificationCode()), signatureLine);
        return new CertificatePdf(
                data.serial(),
                key.map(k -> PdfSigner.sign(
                                pdf,
                                k,
                                now,
                                "Giấy chứng nhận " + data.serial(),
                                template.organisationName(),
                                timestamps.client()))
                        .orElse(pdf));
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
                        c.revokedAt(),
                        c.validUntil(),
                        c.replacedBy()));
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
    public void revoke(long certificateId, String reason, String serialTypedAgain) {
        if (reason == null || reason.isBlank()) {
            throw new vn.daotao.base.UserFacingException("certificate.revoke.reasonRequired");
        }
        String serial = store.find(certificateId).map(CertificateData::serial).orElse("");
        if (serialTypedAgain == null || !serial.equalsIgnoreCase(serialTypedAgain.strip())) {
            throw new vn.daotao.base.UserFacingException("certificate.revoke.confirmSerial");
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

    /**
     * The header block the organisation's documents carry (heading, governing body, issuing body, place),
     * as set on the certificate settings page: official reports use it too.
     */
    @PreAuthorize("hasAnyRole('UNIT_HEAD', 'ADMIN')")
    @Transactional(readOnly = true)
    public CertificateTemplate documentHeader() {
        return store.template();
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
