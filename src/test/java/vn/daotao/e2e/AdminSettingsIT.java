package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.base.text.SearchText;
import vn.daotao.certificate.TestImages;
import vn.daotao.e2e.pages.AccessDeniedPage;
import vn.daotao.e2e.pages.AssignmentsPage;
import vn.daotao.e2e.pages.AuditPage;
import vn.daotao.e2e.pages.CertificateSettingsPage;

/** Admin: certificate template with a sample PDF, an assignment to a unit, the audit trail of the change; employees are kept out. */
class AdminSettingsIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private Map<String, Object> template;

    @BeforeEach
    void keepTemplate() {
        template = jdbc.sql("select * from certificate_template").query().singleRow();
    }

    @AfterEach
    void restoreTemplate() {
        jdbc.sql("""
                        update certificate_template set organisation_name = :o, signer_name = :s, signer_title = :t,
                               serial_prefix = :p, seal_image = cast(:i as bytea)""")
                .param("o", template.get("organisation_name"))
                .param("s", template.get("signer_name"))
                .param("t", template.get("signer_title"))
                .param("p", template.get("serial_prefix"))
                .param("i", template.get("seal_image"))
                .update();
    }

    @Test
    void adminSavesTheTemplateOpensTheSampleAndReadsTheChangeInTheAuditLog() throws Exception {
        String organisation = "Ban Quản lý Kiểm thử " + tag;
        Path seal = Files.createTempFile("con-dau", ".png");
        Files.write(seal, TestImages.png(260, 260));

        openLogin().signInAs("admin", DEMO_PASSWORD);
        open("/admin/certificate-settings");
        CertificateSettingsPage settings = new CertificateSettingsPage(driver);
        String before = settings.value("settings-organisation");
        settings.type("settings-organisation", organisation)
                .type("settings-signer-title", "Trưởng ban")
                .uploadSeal(seal);
        screenshot("admin-certificate-settings-before-save");
        assertThat(settings.save()).contains("Đã lưu mẫu giấy chứng nhận");
        screenshot("admin-certificate-settings");

        HttpResponse<byte[]> sample = Downloads.get(driver, settings.sampleHref());
        assertThat(sample.statusCode()).isEqualTo(200);
        assertThat(sample.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(sample.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline");
        assertThat(sample.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(new String(sample.body(), 0, 5)).isEqualTo("%PDF-");
        try (var doc = Loader.loadPDF(sample.body())) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains(organisation.toUpperCase(Locale.forLanguageTag("vi")), "BẢN MẪU", "TRƯỞNG BAN");
        }
        Path pdf = Path.of(System.getProperty("screenshot.dir", "target/screenshots"), "certificate-sample.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, sample.body());
        Files.deleteIfExists(seal);

        open("/admin/audit");
        AuditPage audit = new AuditPage(driver).openRowContaining(organisation);
        assertThat(audit.change("organisationName")).isEqualTo(organisation);
        assertThat(audit.detailsText()).contains("Tên cơ quan, đơn vị cấp", before, "Con dấu (mã SHA-256)");
        screenshot("admin-audit-details");
    }

    @Test
    void adminAssignsTheDemoCourseToAUnitWithADueDate() {
        String unitName = "Phòng Giao Thử " + tag;
        long unit = jdbc.sql("insert into unit (code, name) values (:c, :n) returning id")
                .param("c", "GT-" + tag)
                .param("n", unitName)
                .query(Long.class)
                .single();
        for (int i = 1; i <= 3; i++) {
            String name = "Người Giao Thử " + i + " " + tag;
            jdbc.sql("""
                            insert into app_user (username, full_name, unit_id, password_hash, search_text)
                            values (:u, :n, :unit, '{noop}x', :s)""")
                    .param("u", "gt" + i + tag)
                    .param("n", name)
                    .param("unit", unit)
                    .param("s", SearchText.foldAll(name))
                    .update();
        }
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(45);
        String dueText = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(due);

        openLogin().signInAs("admin", DEMO_PASSWORD);
        open("/admin/assignments");
        AssignmentsPage page = new AssignmentsPage(driver)
                .openNew()
                .choose("assign-edition", "Công tác bảo vệ")
                .editionChosen()
                .choose("assign-unit", unitName)
                .unitAdded(unitName)
                .dueDate(dueText);
        screenshot("admin-assignment-new");
        page.save().waitForRow(unitName + " (gồm đơn vị trực thuộc)");
        assertThat(page.gridText()).contains("Công tác bảo vệ chính trị nội bộ · Phiên bản 1", dueText, "Một lần");
        screenshot("admin-assignments");
        assertThat(jdbc.sql("select count(*) from assignment where unit_id = :u and due_date = :d and include_subunits")
                        .param("u", unit)
                        .param("d", due)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anEmployeeIsKeptOutOfTheAdminPagesAndTheSample() {
        openLogin().signInAs("nhanvien", DEMO_PASSWORD);
        for (String path : new String[] {"/admin/assignments", "/admin/certificate-settings"}) {
            open(path);
            assertThat(new AccessDeniedPage(driver).message()).contains("Bạn không có quyền xem nội dung này");
        }
        screenshot("denied-nhanvien-assignments");
        assertThat(Downloads.get(driver, baseUrl() + "/files/admin/certificate-sample.pdf")
                        .statusCode())
                .isEqualTo(403);
    }
}
