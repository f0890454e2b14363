package vn.daotao.course.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.daotao.course.AttachmentInfo;
import vn.daotao.course.AttachmentService;
import vn.daotao.course.TestFiles;
import vn.daotao.course.TestModules;
import vn.daotao.security.TestSignIn;

/** The admin preview over HTTP, through the real security filter chain: headers, whole file, byte ranges. */
@SpringBootTest
class AdminAttachmentRangeTest {

    /** Three and a half chunks, so ranges cross the 1 MB boundaries of the database reads. */
    static final int SIZE = 3 * 1024 * 1024 + 512 * 1024;

    @Autowired
    WebApplicationContext web;

    @Autowired
    ApplicationContext app;

    @Autowired
    AttachmentService attachments;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    byte[] video;
    AttachmentInfo info;

    @BeforeEach
    void upload() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        TestSignIn.as(app, "admin");
        video = TestFiles.mp4(SIZE - 24);
        info = attachments.upload(
                TestModules.draft(jdbc).moduleId(), "Phim hướng dẫn.mov", new ByteArrayInputStream(video));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void aRangeRequestGets206WithExactlyThoseBytes() throws Exception {
        int from = 1024 * 1024 - 10;
        int to = 2 * 1024 * 1024 + 9;
        MvcResult result = mvc.perform(get("/files/admin/attachments/" + info.id())
                        .header("Range", "bytes=" + from + "-" + to)
                        .with(authentication(admin())))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes " + from + "-" + to + "/" + SIZE))
                .andExpect(header().string("Content-Type", "video/mp4"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(video, from, to + 1));
    }

    @Test
    void anOpenEndedRangeGetsTheTail() throws Exception {
        MvcResult result = mvc.perform(get("/files/admin/attachments/" + info.id())
                        .header("Range", "bytes=-100")
                        .with(authentication(admin())))
                .andExpect(status().isPartialContent())
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(video, SIZE - 100, SIZE));
    }

    @Test
    void theWholeFileWithTypeNameAndNoSniffing() throws Exception {
        MvcResult result = mvc.perform(
                        get("/files/admin/attachments/" + info.id()).with(authentication(admin())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "video/mp4"))
                .andExpect(header().string("Content-Length", String.valueOf(SIZE)))
                .andExpect(header().string("Accept-Ranges", "bytes"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("inline")
                .contains("filename*=UTF-8''Phim%20h%C6%B0%E1%BB%9Bng%20d%E1%BA%ABn.mp4");
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(video);
    }

    @Test
    void employeesCannotPreview() throws Exception {
        TestSignIn.as(app, "nhanvien");
        Authentication employee = current();
        TestSignIn.as(app, "admin");
        mvc.perform(get("/files/admin/attachments/" + info.id()).with(authentication(employee)))
                .andExpect(status().isForbidden());
    }

    private Authentication admin() {
        return current();
    }

    private Authentication current() {
        return app.getBean(SecurityContextHolderStrategy.class).getContext().getAuthentication();
    }
}
