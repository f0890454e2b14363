package vn.daotao.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.daotao.base.UserFacingException;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.TestCourses;
import vn.daotao.quiz.QuizService;
import vn.daotao.security.TestSignIn;

/** Admins change the certificate template; the change is audited field by field and never touches issued certificates. */
@SpringBootTest
class CertificateSettingsServiceTest {

    @Autowired
    CertificateSettingsService settings;

    @Autowired
    CertificateService certificates;

    @Autowired
    LearnerService learner;

    @Autowired
    QuizService quiz;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    private Map<String, Object> saved;

    @BeforeEach
    void keepTemplate() {
        saved = jdbc.sql("select * from certificate_template").query().singleRow();
    }

    /** Other tests expect the demo template: put it back as it was, seal included. */
    @AfterEach
    void restoreTemplate() {
        jdbc.sql("""
                        update certificate_template set organisation_name = :o, signer_name = :s, signer_title = :t,
                               serial_prefix = :p, seal_image = cast(:i as bytea), header_kind = :h,
                               governing_body = :g, place = :pl""")
                .param("h", saved.get("header_kind"))
                .param("g", saved.get("governing_body"))
                .param("pl", saved.get("place"))
                .param("o", saved.get("organisation_name"))
                .param("s", saved.get("signer_name"))
                .param("t", saved.get("signer_title"))
                .param("p", saved.get("serial_prefix"))
                .param("i", saved.get("seal_image"))
                .update();
        TestSignIn.clear(app);
    }

    @Test
    void savingRecordsOnlyTheChangedFieldsBeforeAndAfter() {
        TestSignIn.as(app, "admin");
        CertificateTemplate before = settings.current();
        String organisation = "Sở Kiểm thử " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(settings.save(new CertificateSettingsData(
                        "  " + organisation + " ",
                        before.signerName(),
                        before.signerTitle(),
                        "kt" + "2026",
                        before.sealImage())))
                .isTrue();

        CertificateTemplate after = settings.current();
        assertThat(after.organisationName()).isEqualTo(organisation);
        assertThat(after.serialPrefix()).as("upper-cased").isEqualTo("KT2026");
        JsonNode details = lastSettingsChange();
        assertThat(details.get("before").get("organisationName").asString()).isEqualTo(before.organisationName());
        assertThat(details.get("after").get("organisationName").asString()).isEqualTo(organisation);
        assertThat(details.get("before").get("serialPrefix").asString()).isEqualTo(before.serialPrefix());
        assertThat(details.get("after").get("serialPrefix").asString()).isEqualTo("KT2026");
        assertThat(details.get("after").has("signerName"))
                .as("unchanged fields are left out")
                .isFalse();
        assertThat(jdbc.sql("""
                        select actor_username from audit_event where action = 'CERTIFICATE_SETTINGS_CHANGED'
                         order by id desc limit 1""").query(String.class).single()).isEqualTo("admin");

        long events = settingsChanges();
        assertThat(settings.save(new CertificateSettingsData(
                        organisation, before.signerName(), before.signerTitle(), "KT2026", before.sealImage())))
                .as("nothing changed")
                .isFalse();
        assertThat(settingsChanges()).isEqualTo(events);
    }

    @Test
    void badFieldsAreRefusedWithAMessageAndNothingIsSaved() {
        TestSignIn.as(app, "admin");
        CertificateTemplate before = settings.current();
        assertThatThrownBy(() -> settings.save(new CertificateSettingsData(" ", "A", "B", "AB", null)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("settings.error.organisationRequired");
        for (String prefix : new String[] {"A", "AB-1", "ĐƠN", "ABCDEFGHIJKLMNOPQ", ""}) {
            assertThatThrownBy(() -> settings.save(new CertificateSettingsData("Tên", "A", "B", prefix, null)))
                    .as(prefix)
                    .hasMessage("settings.error.prefix");
        }
        assertThat(settings.current().organisationName()).isEqualTo(before.organisationName());
    }

    @Test
    void aPngSealIsAcceptedAndAuditedByItsHashOnly() {
        TestSignIn.as(app, "admin");
        byte[] png = TestImages.png(240, 240);
        SealImage seal = settings.checkSeal("con-dau.png", png);
        assertThat(seal.width()).isEqualTo(240);
        CertificateTemplate before = settings.current();
        settings.save(new CertificateSettingsData(
                before.organisationName(),
                before.signerName(),
                before.signerTitle(),
                before.serialPrefix(),
                seal.png()));

        assertThat(settings.current().sealImage()).isEqualTo(seal.png());
        JsonNode details = lastSettingsChange();
        assertThat(details.get("after").get("sealSha256").asString())
                .isEqualTo(seal.sha256())
                .hasSize(64);
        assertThat(details.toString().length())
                .as("no image bytes in the audit log")
                .isLessThan(600);

        // removing it is a change too
        settings.save(new CertificateSettingsData(
                before.organisationName(), before.signerName(), before.signerTitle(), before.serialPrefix(), null));
        assertThat(settings.current().sealImage()).isNull();
        assertThat(lastSettingsChange().get("before").get("sealSha256").asString())
                .isEqualTo(seal.sha256());
    }

    @Test
    void anythingButAPngIsRefusedByContentAndTheRefusalIsAudited() {
        TestSignIn.as(app, "admin");
        long refusals = refusals();
        byte[] notPng = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(TestImages.png(200, 200), 40);
        Map<byte[], String> refused = Map.of(
                TestImages.jpeg(200, 200),
                "settings.seal.notPng",
                notPng,
                "settings.seal.notPng",
                truncated,
                "settings.seal.notPng",
                TestImages.png(12, 12),
                "settings.seal.badSize",
                TestImages.png(2400, 100),
                "settings.seal.badSize",
                new byte[SealImage.MAX_BYTES + 1],
                "settings.seal.tooLarge");
        refused.forEach((content, key) -> assertThatThrownBy(() -> settings.checkSeal("anh.png", content))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(key));
        assertThat(refusals() - refusals).isEqualTo(refused.size());

        CertificateTemplate t = settings.current();
        assertThatThrownBy(() -> settings.save(new CertificateSettingsData(
                        t.organisationName(),
                        t.signerName(),
                        t.signerTitle(),
                        t.serialPrefix(),
                        TestImages.jpeg(100, 100))))
                .as("save checks the seal again")
                .hasMessage("settings.seal.notPng");
    }

    @Test
    void theHeaderBlockFollowsTheOfficialLayoutChosen() throws Exception {
        TestSignIn.as(app, "admin");
        CertificateTemplate t = settings.current();
        settings.save(new CertificateSettingsData(
                t.organisationName(),
                t.signerName(),
                t.signerTitle(),
                t.serialPrefix(),
                t.sealImage(),
                HeaderKind.PARTY,
                "Đảng ủy khối thử nghiệm",
                "Hà Nội"));
        String party = text(settings.samplePdf());
        assertThat(party)
                .contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY KHỐI THỬ NGHIỆM", "Hà Nội, ngày")
                .doesNotContain("Độc lập - Tự do - Hạnh phúc");
        assertThat(jdbc.sql("""
                        select details -> 'after' ->> 'header' from audit_event
                         where action = 'CERTIFICATE_SETTINGS_CHANGED' order by id desc limit 1""").query(String.class).single()).isEqualTo("PARTY");

        settings.save(new CertificateSettingsData(
                t.organisationName(),
                t.signerName(),
                t.signerTitle(),
                t.serialPrefix(),
                t.sealImage(),
                HeaderKind.NATIONAL,
                "",
                ""));
        String national = text(settings.samplePdf());
        assertThat(national)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Ngày ")
                .doesNotContain("ĐẢNG ỦY KHỐI", "Hà Nội, ngày");
        assertThat(settings.current().place()).as("blank is none").isNull();
    }

    @Test
    void theSampleShowsTheSavedSettingsAndIssuesNothing() throws Exception {
        TestSignIn.as(app, "admin");
        CertificateTemplate t = settings.current();
        String organisation = "Trung tâm Mẫu " + UUID.randomUUID().toString().substring(0, 6);
        settings.save(new CertificateSettingsData(
                organisation, "Nguyễn Thị Ký", "Giám đốc", "MAU", TestImages.png(200, 200)));
        long certificatesBefore =
                jdbc.sql("select count(*) from certificate").query(Long.class).single();
        long serialsBefore = jdbc.sql("select coalesce(sum(last_value), 0) from certificate_serial")
                .query(Long.class)
                .single();

        byte[] pdf = settings.samplePdf();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            organisation.toUpperCase(Locale.forLanguageTag("vi")),
                            "Nguyễn Thị Ký",
                            "GIÁM ĐỐC",
                            "MAU-",
                            "-000000",
                            "BẢN MẪU");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo(organisation);
        }
        assertThat(jdbc.sql("select count(*) from certificate")
                        .query(Long.class)
                        .single())
                .isEqualTo(certificatesBefore);
        assertThat(jdbc.sql("select coalesce(sum(last_value), 0) from certificate_serial")
                        .query(Long.class)
                        .single())
                .as("no serial taken")
                .isEqualTo(serialsBefore);
    }

    @Test
    void anIssuedCertificateReadsTheSameAfterTheSettingsChange() throws Exception {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "kh0003");
        TestSignIn.as(app, "kh0003");
        pass(course);
        long id = certificates.myCertificates().stream()
                .filter(c -> c.courseTitle().startsWith("Khóa kiểm thử"))
                .filter(c -> c.courseTitle().equals(title(course)))
                .findFirst()
                .orElseThrow()
                .id();
        byte[] issued = certificates.pdf(id).content();

        TestSignIn.as(app, "admin");
        settings.save(new CertificateSettingsData(
                "Cơ quan Hoàn toàn Khác", "Người Ký Khác", "Phó Giám đốc", "KHAC", TestImages.png(300, 300)));

        TestSignIn.as(app, "kh0003");
        byte[] again = certificates.pdf(id).content();
        assertThat(text(again)).isEqualTo(text(issued)).doesNotContain("HOÀN TOÀN KHÁC", "Người Ký Khác", "KHAC-");
        assertThat(again.length)
                .as("same seal (none or the old one), same size")
                .isBetween(issued.length - 64, issued.length + 64);
    }

    private void pass(TestCourses.Fixture course) {
        TestCourses.pass(learner, quiz, jdbc, course, 0);
    }

    private String title(TestCourses.Fixture course) {
        return TestCourses.title(jdbc, course);
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private JsonNode lastSettingsChange() {
        String json = jdbc.sql("""
                        select details::text from audit_event where action = 'CERTIFICATE_SETTINGS_CHANGED'
                         order by id desc limit 1""").query(String.class).single();
        return JsonMapper.builder().build().readTree(json);
    }

    private long settingsChanges() {
        return jdbc.sql("select count(*) from audit_event where action = 'CERTIFICATE_SETTINGS_CHANGED'")
                .query(Long.class)
                .single();
    }

    private long refusals() {
        return jdbc.sql(
                        "select count(*) from audit_event where action = 'UPLOAD_REFUSED' and target_type = 'CERTIFICATE_TEMPLATE'")
                .query(Long.class)
                .single();
    }
}
