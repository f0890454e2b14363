package vn.daotao.certificate.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.certificate.CertificateData;
import vn.daotao.certificate.CertificateTemplate;
import vn.daotao.organisation.UnitSql;

@Repository
public class CertificateStore {

    private final JdbcClient jdbc;

    CertificateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The admin's template, or plain defaults (the root unit's name) until one is saved. */
    public CertificateTemplate template() {
        return jdbc.sql("select " + TEMPLATE_COLUMNS + " from certificate_template")
                .query((rs, i) -> template(rs, i))
                .optional()
                .orElseGet(() -> new CertificateTemplate(
                        jdbc.sql("select coalesce(min(name), '') from unit where parent_id is null")
                                .query(String.class)
                                .single(),
                        "",
                        "",
                        "CN",
                        null,
                        vn.daotao.certificate.HeaderKind.NATIONAL,
                        null,
                        null));
    }

    private static final String TEMPLATE_COLUMNS =
            "organisation_name, signer_name, signer_title, serial_prefix, seal_image, header_kind, governing_body, place";

    private static CertificateTemplate template(ResultSet rs, int row) throws SQLException {
        return new CertificateTemplate(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getBytes(5),
                rs.getString(6) == null ? null : vn.daotao.certificate.HeaderKind.valueOf(rs.getString(6)),
                rs.getString(7),
                rs.getString(8));
    }

    /** The saved template row, locked until the transaction ends, so two admins saving at once see each other's change. */
    public Optional<CertificateTemplate> savedTemplateForUpdate() {
        return jdbc.sql("select " + TEMPLATE_COLUMNS + " from certificate_template for update")
                .query((rs, i) -> template(rs, i))
                .optional();
    }

    public void saveTemplate(CertificateTemplate t, Instant at) {
        jdbc.sql("""
                        insert into certificate_template (id, organisation_name, signer_name, signer_title, serial_prefix,
                                                          seal_image, updated_at, header_kind, governing_body, place)
                        values (1, :org, :signer, :title, :prefix, cast(:seal as bytea), :at, :header, :governing, :place)
                        on conflict (id) do update
                           set organisation_name = excluded.organisation_name, signer_name = excluded.signer_name,
                               signer_title = excluded.signer_title, serial_prefix = excluded.serial_prefix,
                               seal_image = excluded.seal_image, updated_at = excluded.updated_at,
                               header_kind = excluded.header_kind, governing_body = excluded.governing_body,
                               place = excluded.place""")
                .param("header", t.header().name())
                .param("governing", t.governingBody())
                .param("place", t.place())
                .param("org", t.organisationName())
                .param("signer", t.signerName())
                .param("title", t.signerTitle())
                .param("prefix", t.serialPrefix())
                .param("seal", t.sealImage())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Takes the next number for prefix and year; the row lock keeps concurrent issues sequential and gap-free. */
    public long nextSerialNumber(String prefix, int year) {
        return jdbc.sql("""
                        insert into certificate_serial (prefix, year, last_value) values (:p, :y, 1)
                        on conflict (prefix, year) do update set last_value = certificate_serial.last_value + 1
                        returning last_value""")
                .param("p", prefix)
                .param("y", year)
                .query(Long.class)
                .single();
    }

    /** What a certificate will print, read at issue; {@code serialPrefix} and {@code validityMonths} are the course's (null: none). */
    public record Snapshot(
            long userId,
            String holderName,
            String unitName,
            String courseTitle,
            int editionNo,
            Instant completedAt,
            String serialPrefix,
            Integer validityMonths) {}

    public Snapshot snapshot(long completionId) {
        return jdbc.sql("""
                        select c.user_id, p.full_name, u.name as unit_name, e.title, e.edition_no, c.completed_at,
                               co.serial_prefix, co.validity_months
                          from completion_record c
                          join app_user p on p.id = c.user_id
                          join unit u on u.id = p.unit_id
                          join course_edition e on e.id = c.edition_id
                          join course co on co.id = e.course_id
                         where c.id = :id""")
                .param("id", completionId)
                .query((rs, i) -> new Snapshot(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        (Integer) rs.getObject(8)))
                .single();
    }

    public long insert(
            long completionId,
            Snapshot s,
            CertificateTemplate t,
            String serial,
            String code,
            LocalDate completedOn,
            Instant issuedAt,
            Instant expiresAt,
            Long replaces) {
        String sealSha = null;
        if (t.sealImage() != null && t.sealImage().length > 0) {
            sealSha = sha256(t.sealImage());
            jdbc.sql("insert into certificate_seal (sha256, image) values (:s, :i) on conflict (sha256) do nothing")
                    .param("s", sealSha)
                    .param("i", t.sealImage())
                    .update();
        }
        return jdbc.sql("""
                        insert into certificate (completion_id, user_id, serial, verification_code, holder_name, unit_name,
                                                 course_title, edition_no, completed_on, issued_at, organisation_name,
                                                 signer_name, signer_title, seal_sha256, expires_at, replaces,
                                                 header_kind, governing_body, place)
                        values (:c, :u, :serial, :code, :holder, :unit, :course, :edition, :on, :at, :org, :signer,
                                :title, :seal, :expires, :replaces, :header, :governing, :place)
                        returning id""")
                .param("c", completionId)
                .param("u", s.userId())
                .param("serial", serial)
                .param("code", code)
                .param("holder", s.holderName())
                .param("unit", s.unitName())
                .param("course", s.courseTitle())
                .param("edition", s.editionNo())
                .param("on", completedOn)
                .param("at", Timestamp.from(issuedAt))
                .param("org", t.organisationName())
                .param("signer", t.signerName())
                .param("title", t.signerTitle())
                .param("seal", sealSha)
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .param("header", t.header().name())
                .param("governing", t.governingBody())
                .param("place", t.place())
                .param("replaces", replaces)
                .query(Long.class)
                .single();
    }

    /** The template as it was when the certificate was issued. */
    public CertificateTemplate templateOf(long certificateId) {
        return jdbc.sql("""
                        select c.organisation_name, c.signer_name, c.signer_title, c.serial, s.image, c.header_kind,
                               c.governing_body, c.place
                          from certificate c left join certificate_seal s on s.sha256 = c.seal_sha256
                         where c.id = :id""")
                .param("id", certificateId)
                .query((rs, i) -> new CertificateTemplate(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4).substring(0, rs.getString(4).indexOf('-')),
                        rs.getBytes(5),
                        rs.getString(6) == null ? null : vn.daotao.certificate.HeaderKind.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getString(8)))
                .single();
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String COLUMNS = """
            id, serial, verification_code, holder_name, unit_name, course_title, edition_no, completed_on, issued_at,
            expires_at, revoked_at, revoke_reason, user_id,
            (select r.serial from certificate r where r.replaces = certificate.id) as replaced_by""";

    public Optional<Long> idOfSerial(String serial) {
        return jdbc.sql("select id from certificate where serial = :s")
                .param("s", serial)
                .query(Long.class)
                .optional();
    }

    public Optional<CertificateData> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from certificate where id = :id")
                .param("id", id)
                .query(CertificateStore::data)
                .optional();
    }

    public Optional<CertificateData> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from certificate where verification_code = :c")
                .param("c", code)
                .query(CertificateStore::data)
                .optional();
    }

    public Optional<CertificateData> bySerial(String serial) {
        return jdbc.sql("select " + COLUMNS + " from certificate where serial = :s")
                .param("s", serial)
                .query(CertificateStore::data)
                .optional();
    }

    public long completionOf(long certificateId) {
        return jdbc.sql("select completion_id from certificate where id = :id")
                .param("id", certificateId)
                .query(Long.class)
                .single();
    }

    public List<Long> validOfCompletion(long completionId) {
        return jdbc.sql("select id from certificate where completion_id = :c and revoked_at is null")
                .param("c", completionId)
                .query(Long.class)
                .list();
    }

    public boolean revoke(long id, long by, String reason, Instant at) {
        return jdbc.sql("""
                        update certificate set revoked_at = :at, revoked_by = :by, revoke_reason = :reason
                         where id = :id and revoked_at is null""")
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("reason", reason)
                        .param("id", id)
                        .update()
                == 1;
    }

    public List<CertificateData> ofUser(long userId) {
        return jdbc.sql("select " + COLUMNS + " from certificate where user_id = :u order by issued_at desc, id desc")
                .param("u", userId)
                .query(CertificateStore::data)
                .list();
    }

    /** The newest certificate of one completion, if it belongs to {@code userId}. */
    public java.util.Optional<CertificateData> ofCompletion(long completionId, long userId) {
        return jdbc.sql("select " + COLUMNS + """
                         from certificate where completion_id = :c and user_id = :u
                        order by issued_at desc, id desc limit 1""")
                .param("c", completionId)
                .param("u", userId)
                .query(CertificateStore::data)
                .optional();
    }

    /** Whether the holder belongs to the subtree of unit {@code headUnitId}. */
    public boolean holderInSubtree(long certificateId, long headUnitId) {
        return jdbc.sql("""
                        select exists (select 1 from certificate c
                                         join app_user p on p.id = c.user_id
                                         join unit u on u.id = p.unit_id
                                         join unit h on h.id = :head
                                        where c.id = :id and """ + UnitSql.inSubtree("u.path", "h.path") + ")")
                .param("id", certificateId)
                .param("head", headUnitId)
                .query(Boolean.class)
                .single();
    }

    public String username(long userId) {
        return jdbc.sql("select username from app_user where id = :id")
                .param("id", userId)
                .query(String.class)
                .single();
    }

    private static CertificateData data(ResultSet rs, int row) throws SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new CertificateData(
                rs.getLong("id"),
                rs.getString("serial"),
                rs.getString("verification_code"),
                rs.getString("holder_name"),
                rs.getString("unit_name"),
                rs.getString("course_title"),
                rs.getInt("edition_no"),
                rs.getObject("completed_on", LocalDate.class),
                rs.getTimestamp("issued_at").toInstant(),
                expires == null ? null : expires.toInstant(),
                revoked == null ? null : revoked.toInstant(),
                rs.getString("revoke_reason"),
                rs.getLong("user_id"),
                rs.getString("replaced_by"));
    }
}
