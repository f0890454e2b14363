package vn.daotao.audit;

import java.util.Map;
import java.util.Optional;

/** What an audit event is about: one name per entity, stored as {@code audit_event.target_type}. */
public enum AuditTarget {
    USER,
    UNIT,
    COURSE,
    EDITION,
    MODULE,
    SECTION,
    QUESTION,
    ATTACHMENT,
    ASSIGNMENT,
    CERTIFICATE,
    CERTIFICATE_TEMPLATE,
    /** An in-person session. */
    SESSION,
    ATTENDANCE,
    EXEMPTION,
    /** A completion record (withdrawn). */
    COMPLETION,
    /** The kept records as a whole (their integrity check). */
    RECORDS,
    /** The organisation's directory (LDAP / Active Directory), as a whole. */
    DIRECTORY,
    /** A people import, identified by its file name. */
    IMPORT,
    /** A token of the REST API. */
    API_TOKEN,
    /** A page address that was refused. */
    ROUTE,
    /** A download address that was refused. */
    URL,
    /** A click or edit that was refused. */
    ACTION;

    /** Events written before this enum used table names; the log is append-only, so they are read as today's names. */
    private static final Map<String, AuditTarget> EARLIER_NAMES = Map.of(
            "course", COURSE,
            "course_edition", EDITION,
            "course_module", MODULE,
            "module", MODULE,
            "module_section", SECTION,
            "question", QUESTION,
            "attachment", ATTACHMENT);

    public static Optional<AuditTarget> fromStored(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        AuditTarget earlier = EARLIER_NAMES.get(stored);
        if (earlier != null) {
            return Optional.of(earlier);
        }
        try {
            return Optional.of(valueOf(stored));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
