package vn.daotao.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.Application;
import vn.daotao.base.db.EmbeddedPostgresServer;
import vn.daotao.course.AttachmentService;
import vn.daotao.course.CourseAdminService;
import vn.daotao.course.QuestionImportService;
import vn.daotao.organisation.ImportResult;
import vn.daotao.organisation.PeopleImportService;
import vn.daotao.security.TestSignIn;

/**
 * Not a test: prints how long the admin's bulk work takes on this machine, on a fresh embedded database
 * with the demo organisation (scripts/bench-admin.sh): a people import of 20,000 rows (dry run, import,
 * the same file again as an update), a question import of 2,000 rows, a 100 MB upload with the heap it
 * takes, and "new edition" copying that module.
 */
public final class AdminBench {

    private AdminBench() {}

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of("target/bench-admin-pg"), 0);
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .properties(
                        "spring.datasource.url=" + server.jdbcUrl(),
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN",
                        "server.port=0",
                        "vaadin.devmode.devTools.enabled=false")
                .run()) {
            TestSignIn.as(app, "admin");
            PeopleImportService peopleImport = app.getBean(PeopleImportService.class);
            QuestionImportService questionImport = app.getBean(QuestionImportService.class);
            AttachmentService attachments = app.getBean(AttachmentService.class);
            CourseAdminService courses = app.getBean(CourseAdminService.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            StringBuilder units = new StringBuilder("Mã đơn vị;Tên đơn vị;Mã đơn vị cấp trên\n");
            for (int u = 1; u <= 200; u++) {
                units.append("B%s-%03d;Phòng thử nghiệm %d;BQL\n".formatted(run, u, u));
            }
            time("units import, 200 rows", () -> peopleImport.importFile("don-vi.csv", bytes(units)));

            byte[] first = peopleCsv(run, people, "Nguyễn Văn");
            byte[] second = peopleCsv(run, people, "Trần Thị");
            time("people import dry run, %,d rows".formatted(people), () -> peopleImport.check(first));
            ImportResult created = time(
                    "people import, %,d new accounts".formatted(people),
                    () -> peopleImport.importFile("nguoi-dung.csv", first));
            time("people import again, %,d updates (dry run + import)".formatted(people), () -> {
                peopleImport.check(second);
                return peopleImport.importFile("nguoi-dung.csv", second);
            });
            System.out.printf(
                    "  created %,d accounts, %,d one-time passwords%n",
                    created.report().lines().size(), created.passwords().size());

            long course = courses.createCourse("BENCH" + run, "Khóa đo hiệu năng " + run, "");
            long draft = courses.editions(course).getFirst().id();
            long module = courses.addModule(draft, "Học phần đo", "");
            courses.addSection(module, "Mục", "Nội dung");
            StringBuilder questions = new StringBuilder(
                    "Loại câu hỏi;Nội dung câu hỏi;Đáp án đúng;Giải thích;Phương án A;Phương án B;Phương án C;Phương án D\n");
            for (int q = 1; q <= 2000; q++) {
                questions.append(
                        "SINGLE;Câu hỏi số %d về công tác bảo vệ chính trị nội bộ?;B;Giải thích %d;Phương án một;Phương án hai;Phương án ba;Phương án bốn\n"
                                .formatted(q, q));
            }
            byte[] sheet = bytes(questions);
            time("question import dry run, 2,000 rows", () -> questionImport.dryRun(module, "cau-hoi.csv", sheet));
            time("question import, 2,000 rows", () -> questionImport.importAll(module, "cau-hoi.csv", sheet));

            long size = 100L * 1024 * 1024 - 1024;
            HeapPeak heap = new HeapPeak();
            time("upload of a 100 MB MP4", () -> attachments.upload(module, "video.mp4", new Mp4Stream(size)));
            heap.close();
            System.out.printf(
                    "  peak heap in use while uploading: +%,d MB over the baseline (garbage included)%n",
                    heap.growthMegabytes());

            courses.publish(draft);
            long copy = time(
                    "new edition: copy of 1 module, 2,000 questions, 100 MB file", () -> courses.newEdition(course));
            System.out.printf(
                    "  draft %d holds %,d questions%n",
                    copy,
                    jdbc.sql(
                                    "select count(*) from question q join course_module m on m.id = q.module_id where m.edition_id = :e")
                            .param("e", copy)
                            .query(Long.class)
                            .single());
        } finally {
            server.close();
        }
    }

    private static byte[] peopleCsv(String run, int count, String family) {
        StringBuilder csv = new StringBuilder("Mã nhân viên;Họ và tên;Tên đăng nhập;Email;Mã đơn vị;Vai trò\n");
        for (int i = 1; i <= count; i++) {
            csv.append("N%s%06d;%s Thử %d;nv%s%06d;nv%d@example.invalid;B%s-%03d;Nhân viên\n"
                    .formatted(run, i, family, i, run.toLowerCase(), i, i, run, 1 + i % 200));
        }
        return bytes(csv);
    }

    private static byte[] bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T time(String what, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("%-62s %8.2f s%n", what, (System.nanoTime() - start) / 1e9);
        return result;
    }

    /** An MP4 header followed by zeros, generated as it is read. */
    private static final class Mp4Stream extends InputStream {
        private static final byte[] HEAD = {
            0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'
        };
        private final long size;
        private long position;

        Mp4Stream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                buffer[offset + i] = p < HEAD.length ? HEAD[(int) p] : 0;
            }
            position += n;
            return n;
        }
    }
}
