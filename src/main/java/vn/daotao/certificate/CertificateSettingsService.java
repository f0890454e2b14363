package vn.daotao.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.UserFacingException;
import vn.daotao.certificate.internal.CertificateSample;
import vn.daotao.certificate.internal.CertificateStore;

/**
 * The certificate template admins edit: organisation, signer, serial prefix and seal. Changes apply to
 * certificates issued from then on; issued ones keep the snapshot taken when they were issued.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CertificateSettingsService {

    /** As the database checks it (V004). */
    public static final Pattern SERIAL_PREFIX = Pattern.compile("^[A-Z0-9]{2,16}$");

    public static final int MAX_NAME = 200;
    private static final AuditTarget TARGET = AuditTarget.CERTIFICATE_TEMPLATE;

    private final CertificateStore store;
    private final CertificateService certificates;
    private final AuditLog audit;
    private final Clock clock;

    CertificateSettingsService(CertificateStore store, CertificateService certificates, AuditLog audit, Clock clock) {
        this.store = store;
        this.certificates = certificates;
        this.audit = audit;
        this.clock = clock;
    }

    /** The settings as new certificates would print them now. */
    @Transactional(readOnly = true)
    public CertificateTemplate current() {
        return store.template();
    }

    /**
     * Checks an uploaded seal before it is shown in the form. A refusal is audited (file name and size only)
     * and comes back as a message for the admin.
     */
    public SealImage checkSeal(String fileName, byte[] content) {
        try {
            return SealImage.of(content);
        } catch (UserFacingException refused) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("fileName", fileName == null ? "" : fileName);
            details.put("sizeBytes", content == null ? 0 : content.length);
            details.put("reason", refused.messageKey());
            audit.recordInOwnTransaction(AuditAction.UPLOAD_REFUSED, TARGET, 1, details);
            throw refused;
        }
    }

    /**
     * Saves the settings; false when nothing changed. The audit event lists the changed fields before and
     * after (the seal by its sha256, never its bytes) and commits with the change.
     */
    @Transactional
    public boolean save(CertificateSettingsData data) {
        CertificateTemplate before = store.savedTemplateForUpdate().orElse(null);
        CertificateTemplate wanted = validated(data, before);
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        compare("organisationName", before, wanted, CertificateTemplate::organisationName, was, now);
        compare("signerName", before, wanted, CertificateTemplate::signerName, was, now);
        compare("signerTitle", before, wanted, CertificateTemplate::signerTitle, was, now);
        compare("serialPrefix", before, wanted, CertificateTemplate::serialPrefix, was, now);
        compare("sealSha256", before, wanted, t -> SealImage.sha256(t.sealImage()), was, now);
        compare("header", before, wanted, t -> t.header().name(), was, now);
        compare("governingBody", before, wanted, CertificateTemplate::governingBody, was, now);
        compare("place", before, wanted, CertificateTemplate::place, was, now);
        if (before != null && now.isEmpty()) {
            return false;
        }
        store.saveTemplate(wanted, clock.instant());
        audit.recordChangeInCurrentTransaction(
                AuditAction.CERTIFICATE_SETTINGS_CHANGED, TARGET, 1, Map.of("before", was, "after", now));
        return true;
    }

    /** A sample certificate with the saved settings and made-up holder data; nothing is issued or numbered. */
    @Transactional(readOnly = true)
    public byte[] samplePdf() {
        return CertificateSample.render(
                store.template(),
                certificates.verifyUrl(CertificateSample.CODE),
                clock.instant(),
                LocalDate.now(clock.withZone(TimeConfiguration.ZONE)));
    }

    /** The seal kept as it is stays byte for byte; a new one is checked and written again as PNG. */
    private static CertificateTemplate validated(CertificateSettingsData data, CertificateTemplate before) {
        byte[] currentSeal = before == null ? null : before.sealImage();
        String organisation = required(data.organisationName(), "settings.error.organisationRequired");
        String signer = required(data.signerName(), "settings.error.signerRequired");
        String title = required(data.signerTitle(), "settings.error.titleRequired");
        String prefix =
                data.serialPrefix() == null ? "" : data.serialPrefix().strip().toUpperCase(Locale.ROOT);
        if (!SERIAL_PREFIX.matcher(prefix).matches()) {
            throw new UserFacingException("settings.error.prefix");
        }
        byte[] seal = data.sealImage() == null || data.sealImage().length == 0
                ? null
                : Arrays.equals(data.sealImage(), currentSeal)
                        ? currentSeal
                        : SealImage.of(data.sealImage()).png();
        // a form without the header block keeps the saved one (the national heading until one is saved)
        HeaderKind header =
                data.header() != null ? data.header() : before == null ? HeaderKind.NATIONAL : before.header();
        String governing =
                data.header() != null ? optional(data.governingBody()) : before == null ? null : before.governingBody();
        String place = data.header() != null ? optional(data.place()) : before == null ? null : before.place();
        return new CertificateTemplate(organisation, signer, title, prefix, seal, header, governing, place);
    }

    private static String optional(String value) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (v.length() > MAX_NAME || v.chars().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("settings.error.tooLong", MAX_NAME);
        }
        return v.isEmpty() ? null : v;
    }

    private static String required(String value, String messageKey) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (v.isEmpty()) {
            throw new UserFacingException(messageKey);
        }
        if (v.length() > MAX_NAME || v.chars().anyMatch(Character::isISOControl)) {
            throw new UserFacingException("settings.error.tooLong", MAX_NAME);
        }
        return v;
    }

    private static void compare(
            String field,
            CertificateTemplate before,
            CertificateTemplate after,
            Function<CertificateTemplate, String> value,
            Map<String, Object> was,
            Map<String, Object> now) {
        String old = before == null ? null : value.apply(before);
        String neu = value.apply(after);
        if (!Objects.equals(old, neu)) {
            was.put(field, old);
            now.put(field, neu);
        }
    }
}
