package vn.daotao.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
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
import vn.daotao.progress.TestCourses;
import vn.daotao.security.TestSignIn;

/** A learner's video seeks: /files/attachments/{id} answers byte ranges, and only to people the course reaches. */
@SpringBootTest
class LearnerAttachmentRangeTest {

    static final int SIZE = 2 * 1024 * 1024 + 300 * 1024;

    @Autowired
    WebApplicationContext web;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void theLearnerGetsExactRangesAndOthersAreRefused() throws Exception {
        byte[] video = new byte[SIZE];
        new Random(7).nextBytes(video);
        System.arraycopy(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 0, video, 0, 12);
        TestCourses.Fixture course = TestCourses.create(
                jdbc,
                1,
                null,
                null,
                "FULL",
                "kh0006",
                module -> jdbc.sql("""
                        insert into attachment (module_id, file_name, content_type, size_bytes, sha256, content)
                        values (:m, 'video.mp4', 'video/mp4', :size, repeat('c', 64), :content)""")
                        .param("m", module)
                        .param("size", SIZE)
                        .param("content", video)
                        .update());
        long id = jdbc.sql("select id from attachment where module_id = :m")
                .param("m", course.moduleIds().getFirst())
                .query(Long.class)
                .single();
        MockMvc mvc =
                MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        int from = 1024 * 1024 - 5;
        int to = 2 * 1024 * 1024 + 5;
        MvcResult result = mvc.perform(get("/files/attachments/" + id)
                        .header("Range", "bytes=" + from + "-" + to)
                        .with(authentication(as("kh0006"))))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes " + from + "-" + to + "/" + SIZE))
                .andExpect(header().string("Content-Type", "video/mp4"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                // A file never runs script with the app's origin, whatever a browser takes it for.
                .andExpect(header().stringValues("Content-Security-Policy", "sandbox"))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(video, from, to + 1));

        mvc.perform(get("/files/attachments/" + id).with(authentication(as("kh0002"))))
                .andExpect(status().isForbidden());
    }

    private Authentication as(String username) {
        TestSignIn.as(app, username);
        return app.getBean(SecurityContextHolderStrategy.class).getContext().getAuthentication();
    }
}
