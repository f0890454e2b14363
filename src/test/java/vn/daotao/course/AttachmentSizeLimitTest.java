package vn.daotao.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.base.UserFacingException;
import vn.daotao.security.TestSignIn;

/** A small limit through app.uploads.max-size: a larger file is refused without being read to its end. */
@SpringBootTest(properties = "app.uploads.max-size=2KB")
class AttachmentSizeLimitTest {

    @Autowired
    AttachmentService attachments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void aFileOverTheLimitIsRefusedPolitelyAndNothingIsStored() {
        TestSignIn.as(app, "admin");
        long module = TestModules.draft(jdbc).moduleId();
        AtomicLong read = new AtomicLong();
        InputStream huge = new InputStream() { // 1 GB of video that is never fully read
                    @Override
                    public int read() {
                        return read.getAndIncrement() < 24 ? TestFiles.mp4(0)[(int) read.get() - 1] & 0xFF : 0;
                    }
                };
        assertThatThrownBy(() -> attachments.upload(module, "phim.mp4", huge))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("attachment.error.tooLarge")
                .satisfies(e -> assertThat(((UserFacingException) e).args()).containsExactly("2 KB"));
        assertThat(read.get()).isLessThan(100_000);
        assertThat(jdbc.sql("select count(*) from attachment where module_id = :m")
                        .param("m", module)
                        .query(Integer.class)
                        .single())
                .isZero();

        assertThat(attachments
                        .upload(module, "nho.mp4", new ByteArrayInputStream(TestFiles.mp4(2048 - 24)))
                        .sizeBytes())
                .isEqualTo(2048);
    }
}
