package vn.daotao.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.base.UserFacingException;
import vn.daotao.security.TestSignIn;

@SpringBootTest
class AttachmentServiceTest {

    @Autowired
    AttachmentService attachments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @BeforeEach
    void signIn() {
        TestSignIn.as(app, "admin");
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void aPdfIsStoredWithTheDetectedTypeAndAMatchingExtension() throws Exception {
        long module = TestModules.draft(jdbc).moduleId();
        byte[] pdf = TestFiles.pdf();
        AttachmentInfo info =
                attachments.upload(module, "C:\\tmp\\Tài liệu   hội nghị.exe", new ByteArrayInputStream(pdf));

        assertThat(info.fileName()).isEqualTo("Tài liệu hội nghị.pdf");
        assertThat(info.contentType()).isEqualTo("application/pdf");
        assertThat(info.sizeBytes()).isEqualTo(pdf.length);
        assertThat(attachments.attachments(module)).containsExactly(info);
        String sha = jdbc.sql("select sha256 from attachment where id = :id")
                .param("id", info.id())
                .query(String.class)
                .single();
        assertThat(sha)
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        try (InputStream in = attachments.content(info.id()).open()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(lastAudit(module, info.id())).isEqualTo("ATTACHMENT_ADDED");
    }

    @Test
    void anExeRenamedToPdfIsRefusedAndNothingIsStored() {
        long module = TestModules.draft(jdbc).moduleId();
        assertThatThrownBy(() -> attachments.upload(module, "tai-lieu.pdf", new ByteArrayInputStream(TestFiles.exe())))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("attachment.error.type");
        assertThat(count(module)).isZero();
        assertThat(refusalReason(module)).isEqualTo("type not allowed");
    }

    @Test
    void anEmptyFileIsRefused() {
        long module = TestModules.draft(jdbc).moduleId();
        assertThatThrownBy(() -> attachments.upload(module, "rong.pdf", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("attachment.error.empty");
        assertThat(count(module)).isZero();
    }

    @Test
    void aPublishedModuleTakesNoUploadsAndKeepsItsFiles() {
        long module = TestModules.published(
                        jdbc,
                        m -> jdbc.sql("""
                        insert into attachment (module_id, file_name, content_type, size_bytes, sha256, content)
                        values (:m, 'cu.pdf', 'application/pdf', 3, :sha, '\\x010203'::bytea)""")
                                .param("m", m)
                                .param("sha", "0".repeat(64))
                                .update())
                .moduleId();
        long existing = jdbc.sql("select id from attachment where module_id = :m")
                .param("m", module)
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> attachments.upload(module, "a.pdf", new ByteArrayInputStream(TestFiles.pdf())))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("content.error.notDraft");
        assertThat(count(module)).isOne();
        assertThat(refusalReason(module)).isEqualTo("not draft");

        assertThatThrownBy(() -> attachments.remove(existing))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("content.error.notDraft");
        assertThat(count(module)).isOne();
    }

    @Test
    void removingFromADraftDeletesTheRowAndIsAudited() {
        long module = TestModules.draft(jdbc).moduleId();
        AttachmentInfo info = attachments.upload(module, "anh.png", new ByteArrayInputStream(TestFiles.image("png")));
        assertThat(info.fileName()).isEqualTo("anh.png");
        attachments.remove(info.id());
        assertThat(count(module)).isZero();
        assertThat(lastAudit(module, info.id())).isEqualTo("ATTACHMENT_REMOVED");
    }

    @Test
    void theDefaultLimitIsOneHundredMegabytes() {
        assertThat(attachments.maxSize().toMegabytes()).isEqualTo(100);
    }

    private int count(long module) {
        return jdbc.sql("select count(*) from attachment where module_id = :m")
                .param("m", module)
                .query(Integer.class)
                .single();
    }

    private String lastAudit(long module, long attachmentId) {
        return jdbc.sql(
                        "select action from audit_event where target_type = 'ATTACHMENT' and target_id = :id order by id desc limit 1")
                .param("id", String.valueOf(attachmentId))
                .query(String.class)
                .single();
    }

    private String refusalReason(long module) {
        return jdbc.sql("""
                        select details ->> 'reason' from audit_event
                         where action = 'UPLOAD_REFUSED' and target_type = 'MODULE' and target_id = :m and actor_username = 'admin'
                         order by id desc limit 1""")
                .param("m", String.valueOf(module))
                .query(String.class)
                .single();
    }
}
