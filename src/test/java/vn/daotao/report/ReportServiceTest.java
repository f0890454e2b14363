package vn.daotao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.progress.CycleStatus;
import vn.daotao.progress.TestCourses;
import vn.daotao.security.TestSignIn;

/**
 * Scope and counts on a small hand-made tree, with exact numbers:
 * <pre>
 * R ── A (head hA; hA, a0) ── A1 (a1 done 90, a2 started) ── A1x (a3 "Nguyễn Văn Tìm" done 70)
 *   │                      └─ A2 (a4 "=Công thức", not started)
 *   └─ B (b1 done, b2)
 * </pre>
 */
@SpringBootTest
class ReportServiceTest {

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    private String tag;
    private long r, a, a1, a1x, a2, b;
    private long edition;
    private long a3;
    private long b1;

    @BeforeEach
    void tree() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        r = unit("R", null);
        a = unit("A", r);
        a1 = unit("A1", a);
        a1x = unit("A1x", a1);
        a2 = unit("A2", a);
        b = unit("B", r);
        person("ha", "Trưởng Đơn Vị A", a, "{UNIT_HEAD,EMPLOYEE}");
        person("a0", "Phạm Thị Không", a, "{EMPLOYEE}");
        long p1 = person("a1", "Lê Văn Một", a1, "{EMPLOYEE}");
        long p2 = person("a2", "Lê Thị Hai", a1, "{EMPLOYEE}");
        a3 = person("a3", "Nguyễn Văn Tìm", a1x, "{EMPLOYEE}");
        person("a4", "=Công thức", a2, "{EMPLOYEE}");
        b1 = person("b1", "Đỗ Văn Ngoài", b, "{EMPLOYEE}");
        person("b2", "Đỗ Thị Ngoài", b, "{EMPLOYEE}");

        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "admin");
        edition = course.editionId();
        long assignment = jdbc.sql("""
                        insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date)
                        values (:e, :r, true, current_date - 10, current_date + 10) returning id""")
                .param("e", edition)
                .param("r", r)
                .query(Long.class)
                .single();
        long module = course.moduleIds().getFirst();
        complete(p1, assignment, module, edition, "90");
        progress(p2, assignment, module, false, null);
        complete(a3, assignment, module, edition, "70");
        complete(b1, assignment, module, edition, "100");
    }

    private static final ChartLabels LABELS =
            new ChartLabels("Số người hoàn thành", "Lũy kế", "Được giao", "Hạn", "Theo đơn vị", "%", "Trực tiếp");

    private Figures figures(RosterFilter filter) {
        return figures(reports.scope(), filter);
    }

    private Figures figures(ReportScope scope, RosterFilter filter) {
        return reports.dashboard(scope, filter, LABELS, 300, 200).figures();
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void aHeadOfAMiddleUnitSeesExactlyTheirSubtree() {
        TestSignIn.as(app, "ha" + tag);
        RosterFilter filter = new RosterFilter(a, edition, null, null, null);
        Figures f = figures(filter);
        assertThat(f).isEqualTo(new Figures(6, 2, 1, 3, 0, 0, 0, 0, new BigDecimal("80.00")));
        assertThat(f.percentComplete()).isEqualByComparingTo("33.3");

        List<SubUnitFigures> split =
                reports.dashboard(reports.scope(), filter, LABELS, 300, 200).subUnits();
        assertThat(split).extracting(SubUnitFigures::unitId).containsExactly(null, a1, a2);
        assertThat(split.get(0).figures().assigned()).isEqualTo(2);
        assertThat(split.get(1).figures()).isEqualTo(new Figures(3, 2, 1, 0, 0, 0, 0, 0, new BigDecimal("80.00")));
        assertThat(Figures.sum(split.stream().map(SubUnitFigures::figures).toList()))
                .isEqualTo(f);
        assertThat(split.get(2).figures().notStarted()).isEqualTo(1);

        assertThat(reports.countPeople(reports.scope(), filter)).isEqualTo(6);
        assertThat(reports.people(reports.scope(), filter, RosterSort.byName(), 0, 50))
                .extracting(RosterRow::fullName)
                .doesNotContain("Đỗ Văn Ngoài", "Đỗ Thị Ngoài");
        assertThat(reports.scopeUnits(reports.scope()))
                .extracting(ScopeUnit::id)
                .containsExactly(a, a1, a1x, a2);

        // Drill down into A1: its own subtree only.
        assertThat(figures(new RosterFilter(a1, edition, null, null, null)).assigned())
                .isEqualTo(3);
        assertThat(reports.countPeople(reports.scope(), filter.withSubUnit(a1x)))
                .isEqualTo(1);
    }

    @Test
    void searchIgnoresAccentsAndCaseAndStatusFilters() {
        TestSignIn.as(app, "ha" + tag);
        RosterFilter filter = new RosterFilter(a, edition, null, null, null);
        assertThat(reports.people(reports.scope(), filter.withSearch("nguyen van"), RosterSort.byName(), 0, 10))
                .extracting(RosterRow::fullName)
                .containsExactly("Nguyễn Văn Tìm");
        assertThat(reports.people(reports.scope(), filter.withSearch("NGUYỄN  VĂN"), RosterSort.byName(), 0, 10))
                .hasSize(1);
        assertThat(reports.people(reports.scope(), filter.withSearch("%"), RosterSort.byName(), 0, 10))
                .as("wildcards are literal")
                .isEmpty();
        assertThat(reports.people(
                        reports.scope(),
                        filter.withStatus(CycleStatus.COMPLETED),
                        new RosterSort(RosterSort.Column.SCORE, true),
                        0,
                        10))
                .extracting(RosterRow::fullName)
                .containsExactly("Lê Văn Một", "Nguyễn Văn Tìm");
    }

    @Test
    void outsideTheSubtreeIsRefused() {
        TestSignIn.as(app, "ha" + tag);
        assertThatThrownBy(() -> figures(new RosterFilter(b, edition, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures(new RosterFilter(r, edition, null, null, null)))
                .as("the parent of their unit")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.countPeople(reports.scope(), new RosterFilter(a, edition, null, null, b)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reports.person(reports.scope(), a3).fullName()).isEqualTo("Nguyễn Văn Tìm");
        assertThatThrownBy(() -> reports.person(reports.scope(), b1)).isInstanceOf(AccessDeniedException.class);

        TestSignIn.as(app, "a1" + tag);
        assertThatThrownBy(() -> figures(new RosterFilter(a, edition, null, null, null)))
                .as("an employee")
                .isInstanceOf(AccessDeniedException.class);

        TestSignIn.as(app, "admin");
        assertThat(figures(new RosterFilter(r, edition, null, null, null)).assigned())
                .isEqualTo(8);
    }

    @Test
    void aScopeHandedInIsCheckedAgainstThePersonSignedInNow() {
        TestSignIn.as(app, "admin");
        ReportScope adminScope = reports.scope();
        TestSignIn.as(app, "ha" + tag);
        assertThatThrownBy(() -> figures(adminScope, new RosterFilter(b, edition, null, null, null)))
                .as("an admin's scope gives a head nothing beyond their subtree")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(figures(adminScope, new RosterFilter(a, edition, null, null, null))
                        .assigned())
                .isEqualTo(6);
        ReportScope headScope = reports.scope();
        TestSignIn.as(app, "a1" + tag);
        assertThatThrownBy(() -> reports.countPeople(headScope, new RosterFilter(a, edition, null, null, null)))
                .as("a head's scope in an employee's hands")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void chartsAreDrawnForTheSameScope() throws Exception {
        TestSignIn.as(app, "ha" + tag);
        Dashboard dashboard =
                reports.dashboard(reports.scope(), new RosterFilter(a, edition, null, null, null), LABELS, 900, 340);
        assertThat(dashboard.figures().assigned()).isEqualTo(6);
        ChartImages charts = dashboard.charts();
        for (byte[] png : List.of(charts.cumulative(), charts.bySubUnit())) {
            var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(900);
            assertThat(image.getHeight()).isEqualTo(340);
        }
        assertThatThrownBy(() -> reports.dashboard(
                        reports.scope(), new RosterFilter(b, edition, null, null, null), LABELS, 900, 340))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOfficialReportAsPdfAndDocxAndTheCertificateZipCoverTheFilter() throws Exception {
        certificateFor(a3, "Nguyễn Văn Tìm");
        TestSignIn.as(app, "ha" + tag);
        RosterFilter filter = new RosterFilter(a, edition, null, null, null);
        OfficialReportTexts texts = new OfficialReportTexts() {
            public String title() {
                return "BÁO CÁO";
            }

            public String subject(String unit, String course, int no) {
                return "Kết quả học tập của " + unit;
            }

            public String number(String number) {
                return "Số: " + number;
            }

            public String placeAndDate(String place, java.time.LocalDate date) {
                return place + ", ngày " + date.getDayOfMonth();
            }

            public List<String> summary(String unit, Figures f) {
                return List.of("Được giao " + f.assigned() + ", hoàn thành " + f.completed() + ".");
            }

            public List<String> columns() {
                return List.of("STT", "Họ và tên", "Mã", "Số hiệu");
            }

            public String[] cells(int n, RosterRow r, String serial) {
                return new String[] {String.valueOf(n), r.fullName(), r.employeeCode(), serial == null ? "" : serial};
            }

            public String recipientsLabel() {
                return "Nơi nhận:";
            }

            public String fileName() {
                return "bao-cao";
            }
        };
        OfficialReportForm form =
                new OfficialReportForm("12/BC-A", "- Ban Giám đốc\nLưu: VT", "Trưởng đơn vị", "Nguyễn Văn Ký");
        assertThat(form.recipientList()).containsExactly("Ban Giám đốc", "Lưu: VT");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        reports.exportOfficialReport(reports.scope(), filter, form, texts, ReportFormat.PDF, pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "ĐƠN VỊ R",
                            "ĐƠN VỊ A",
                            "Số: 12/BC-A",
                            "BÁO CÁO",
                            "Kết quả học tập của Đơn vị A",
                            "Được giao 6, hoàn thành 2.",
                            "Nguyễn Văn Tìm",
                            "RT-2026-" + tag,
                            "Phạm Thị Không",
                            "- Ban Giám đốc;",
                            "- Lưu: VT.",
                            "TRƯỞNG ĐƠN VỊ",
                            "Nguyễn Văn Ký")
                    .doesNotContain("Đỗ Văn Ngoài");
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        reports.exportOfficialReport(reports.scope(), filter, form, texts, ReportFormat.DOCX, docx);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            String body = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertThat(body)
                    .contains("Số: 12/BC-A", "Kết quả học tập của Đơn vị A", "Nguyễn Văn Ký", "- Lưu: VT.")
                    .doesNotContain("Đỗ Văn Ngoài");
            var table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst()
                    .orElseThrow();
            assertThat(table.getRows()).as("a header row and the 6 people").hasSize(7);
            assertThat(table.getRow(0).isRepeatHeader())
                    .as("the header row repeats on every page")
                    .isTrue();
            assertThat(table.getRows().stream().map(r -> r.getCell(1).getText()))
                    .contains("Nguyễn Văn Tìm", "Phạm Thị Không");
        }

        ReportScope headScope = reports.scope();
        TestSignIn.as(app, "a1" + tag);
        assertThatThrownBy(() -> reports.exportOfficialReport(
                        headScope, filter, form, texts, ReportFormat.PDF, new ByteArrayOutputStream()))
                .as("an employee")
                .isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(app, "ha" + tag);

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        reports.exportCertificates(reports.scope(), filter, zip);
        List<String> entries = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                assertThat(new String(in.readNBytes(5))).isEqualTo("%PDF-");
            }
        }
        assertThat(entries).singleElement().asString().endsWith("-nguyen-van-tim.pdf");
    }

    @Test
    void certificateZipEntriesCannotCarryAPathOrMarkupFromAHolderName() {
        assertThat(ReportService.zipEntryName("BVCTNB-2026-000001", "../../etc/passwd <b>\"Tr\u1ea7n\" \\ Văn/Bình"))
                .isEqualTo("BVCTNB-2026-000001-etc-passwd-b-tran-van-binh.pdf");
        assertThat(ReportService.zipEntryName("../X-2026-1", "//")).isEqualTo("X-2026-1.pdf");
    }

    @Test
    void personRecordShowsModulesAttemptsAndCompletion() {
        TestSignIn.as(app, "ha" + tag);
        PersonRecord record = reports.person(reports.scope(), a3);
        PersonRecord.Cycle cycle = record.cycles().stream()
                .filter(c -> c.status() == CycleStatus.COMPLETED)
                .findFirst()
                .orElseThrow();
        assertThat(cycle.averageScore()).isEqualByComparingTo("70");
        assertThat(cycle.modules()).hasSize(1);
        assertThat(cycle.modules().getFirst().passedAt()).isNotNull();
    }

    @Test
    void exportsCarryTheFilterVietnameseTextAndNeutralisedCells() throws Exception {
        TestSignIn.as(app, "ha" + tag);
        RosterFilter filter = new RosterFilter(a, edition, null, null, null);
        var labels = ReportService.labels(
                List.of("STT", "Họ và tên", "Mã", "Đơn vị", "Trạng thái", "Học phần", "Điểm", "Hoàn thành", "Hạn"),
                row -> row.status().name());

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reports.exportCsv(reports.scope(), filter, labels, csv);
        byte[] bytes = csv.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.getFirst()).isEqualTo("STT,Họ và tên,Mã,Đơn vị,Trạng thái,Học phần,Điểm,Hoàn thành,Hạn");
        assertThat(lines.get(1)).as("numbered rows").startsWith("1,");
        assertThat(text).contains("Nguyễn Văn Tìm", "'=Công thức").doesNotContain("Đỗ Văn Ngoài");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        reports.exportXlsx(reports.scope(), filter, "Danh sách", labels, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheet("Danh sách");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(1).getCell(8).getLocalDateTimeCellValue())
                    .as("the due date is a real date")
                    .isNotNull();
            assertThat(sheet.getRow(1).getCell(8).getCellStyle().getDataFormatString())
                    .isEqualTo("dd/mm/yyyy");
            List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                names.add(sheet.getRow(i).getCell(1).getStringCellValue());
            }
            assertThat(names)
                    .as("an XLSX string cell is text, never a formula: no visible apostrophe")
                    .contains("Nguyễn Văn Tìm", "=Công thức");
            int formulaRow = names.indexOf("=Công thức") + 1;
            assertThat(sheet.getRow(formulaRow).getCell(1).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    private void certificateFor(long user, String name) {
        jdbc.sql("""
                        insert into certificate (completion_id, user_id, serial, verification_code, holder_name, unit_name,
                                                 course_title, edition_no, completed_on, organisation_name, signer_name,
                                                 signer_title)
                        select cr.id, cr.user_id, 'RT-2026-' || :tag, rpad(:tag, 22, 'x'), :name, 'Đơn vị A1x',
                               'Khóa kiểm thử', 1, current_date, 'Tổ chức', 'Người ký', 'Chức vụ'
                          from completion_record cr where cr.user_id = :u""").param("tag", tag).param("name", name).param("u", user).update();
    }

    private long unit(String name, Long parent) {
        return jdbc.sql("insert into unit (code, name, parent_id) values (:c, :n, :p) returning id")
                .param("c", "RT-" + tag + "-" + name)
                .param("n", "Đơn vị " + name)
                .param("p", parent)
                .query(Long.class)
                .single();
    }

    private long person(String user, String name, long unit, String roles) {
        return jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, roles, password_hash, search_text)
                        values (:u, :n, :unit, cast(:roles as text[]), 'x', :s) returning id""")
                .param("u", user + tag)
                .param("n", name)
                .param("unit", unit)
                .param("roles", roles)
                .param("s", vn.daotao.base.text.SearchText.foldAll(name, user + tag))
                .query(Long.class)
                .single();
    }

    private void progress(long user, long assignment, long module, boolean passed, String score) {
        jdbc.sql("""
                        insert into module_progress (user_id, assignment_id, module_id, content_opened_at, passed_at, best_score)
                        values (:u, :a, :m, now(), case when :p then now() end, cast(:s as numeric))""")
                .param("u", user)
                .param("a", assignment)
                .param("m", module)
                .param("p", passed)
                .param("s", score)
                .update();
    }

    private void complete(long user, long assignment, long module, long edition, String score) {
        progress(user, assignment, module, true, score);
        jdbc.sql("""
                        insert into completion_record (user_id, assignment_id, edition_id, average_score)
                        values (:u, :a, :e, cast(:s as numeric))""")
                .param("u", user)
                .param("a", assignment)
                .param("e", edition)
                .param("s", score)
                .update();
    }
}
