package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.e2e.pages.VerifyPage;

/**
 * Issue 12: what anyone scanning a certificate's QR code sees, signed out, for each status: valid, expiring
 * within 30 days, expired, revoked (with the date) and superseded (with the serial that replaced it).
 */
class VerifyStatusesIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    private final String tag =
            UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();

    @Test
    void thePublicCheckSaysEachStatusInVietnamese() {
        long user = jdbc.sql("select id from app_user where username = 'kh0003'")
                .query(Long.class)
                .single();
        Instant now = Instant.now();
        String valid = certificate(user, 1, now.plus(400, ChronoUnit.DAYS), null);
        String expiring = certificate(user, 2, now.plus(10, ChronoUnit.DAYS), null);
        String expired = certificate(user, 3, now.minus(2, ChronoUnit.DAYS), null);
        String revoked = certificate(user, 4, null, null);
        jdbc.sql("update certificate set revoked_at = now(), revoke_reason = 'Cấp nhầm' where verification_code = :c")
                .param("c", revoked)
                .update();
        String old = certificate(user, 5, null, null);
        long oldId = jdbc.sql("select id from certificate where verification_code = :c")
                .param("c", old)
                .query(Long.class)
                .single();
        jdbc.sql("update certificate set revoked_at = now(), revoke_reason = 'Sửa họ tên' where id = :id")
                .param("id", oldId)
                .update();
        certificate(user, 6, null, oldId);

        check(valid, "verify-status-valid", "Giấy chứng nhận hợp lệ", "Có giá trị đến");
        check(expiring, "verify-status-expiring", "Giấy chứng nhận hợp lệ, sắp hết hiệu lực", "Có giá trị đến");
        check(expired, "verify-status-expired", "Giấy chứng nhận đã hết hiệu lực", "Có giá trị đến");
        check(revoked, "verify-status-revoked", "Giấy chứng nhận đã bị thu hồi", "Ngày thu hồi");
        check(
                old,
                "verify-status-superseded",
                "Giấy chứng nhận đã được thay bằng giấy chứng nhận cấp lại",
                "Được thay bằng số hiệu\nKT" + tag + "-2026-000006");
    }

    private void check(String code, String screenshot, String status, String detail) {
        open("/verify/" + code);
        VerifyPage page = new VerifyPage(driver);
        assertThat(page.status()).isEqualTo(status);
        assertThat(page.text()).contains(detail, "Lê Thị Kiểm Tra");
        screenshot(screenshot);
    }

    private String certificate(long user, int n, Instant expires, Long replaces) {
        String code = (tag + n + "x".repeat(22)).substring(0, 22);
        long edition = jdbc.sql(
                        "select e.id from course_edition e join course c on c.id = e.course_id where c.code = 'BVCTNB'")
                .query(Long.class)
                .single();
        long assignment = jdbc.sql("""
                        insert into assignment (edition_id, user_id, period_start, due_date)
                        values (:e, :u, current_date - :n, current_date - :n) returning id""")
                .param("e", edition)
                .param("u", user)
                .param("n", 400 + n * 10)
                .query(Long.class)
                .single();
        long completion = replaces != null
                ? jdbc.sql("select completion_id from certificate where id = :id")
                        .param("id", replaces)
                        .query(Long.class)
                        .single()
                : jdbc.sql("""
                                insert into completion_record (user_id, assignment_id, edition_id, average_score)
                                values (:u, :a, :e, 100) returning id""")
                        .param("u", user)
                        .param("a", assignment)
                        .param("e", edition)
                        .query(Long.class)
                        .single();
        jdbc.sql("""
                        insert into certificate (completion_id, user_id, serial, verification_code, holder_name, unit_name,
                                                 course_title, edition_no, completed_on, organisation_name, signer_name,
                                                 signer_title, expires_at, replaces)
                        values (:c, :u, :s, :code, 'Lê Thị Kiểm Tra', 'Phòng Kế hoạch - Tài chính',
                                'Công tác bảo vệ chính trị nội bộ', 1, current_date, 'Ban Quản lý', 'Người ký', 'Chức vụ',
                                :exp, :rep)""")
                .param("c", completion)
                .param("u", user)
                .param("s", "KT" + tag + "-2026-00000" + n)
                .param("code", code)
                .param("exp", expires == null ? null : java.sql.Timestamp.from(expires))
                .param("rep", replaces)
                .update();
        return code;
    }
}
