package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.e2e.pages.NotFoundPage;
import vn.daotao.e2e.pages.PersonPage;
import vn.daotao.e2e.pages.UnitPage;

/** truongdonvi follows their unit: drill-down, accent-free search, a person's record, the Excel roster. */
class UnitDashboardIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void unitHeadFollowsTheirSubtree() throws Exception {
        openLogin().signInAs("truongdonvi", DEMO_PASSWORD);
        open("/unit");
        UnitPage unit = new UnitPage(driver);
        assertThat(unit.stat("assigned")).isEqualTo("11");
        assertThat(unit.subUnitsText())
                .contains("(Người trực thuộc trực tiếp)", "Tổ Hành chính - Tổng hợp")
                .doesNotContain("Phòng Tổ chức cán bộ");
        screenshot("unit-dashboard");
        assertThat(unit.statusBadges())
                .as("each row's status as a coloured badge")
                .isNotEmpty()
                .allSatisfy(b -> assertThat(b).matches("badge badge-(success|error|progress|neutral):\\p{L}.*"));
        assertThat(unit.chartFiguresText()).contains("Ngày", "Số người hoàn thành", "Trong đó trực tiếp");

        UnitPage sub = unit.drillInto("Tổ Hành chính - Tổng hợp");
        assertThat(sub.stat("assigned")).isEqualTo("5");
        assertThat(sub.peopleText()).contains("Vũ Đức Anh").doesNotContain("Trần Văn Minh");

        open("/unit");
        unit = new UnitPage(driver).search("dang thi thu");
        assertThat(unit.peopleCount()).isEqualTo("1 người");
        assertThat(unit.peopleText()).contains("Đặng Thị Thu Trang");
        screenshot("unit-search");
        PersonPage person = unit.openPerson("Đặng Thị Thu Trang");
        assertThat(person.name()).isEqualTo("Đặng Thị Thu Trang");
        assertThat(person.text()).contains("Công tác bảo vệ chính trị nội bộ");
        screenshot("unit-person");

        open("/unit");
        unit = new UnitPage(driver);
        HttpResponse<byte[]> xlsx = Downloads.get(driver, unit.exportLink("export-xlsx"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("STT");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                names.add(sheet.getRow(i).getCell(1).getStringCellValue());
            }
            assertThat(names)
                    .hasSize(11)
                    .contains("Nguyễn Thị Thanh Hương", "Trần Văn Minh", "Kiều Văn Nam")
                    .doesNotContain("Ngô Văn Tùng");
        }

        assertThat(unit.exportInBrowser("export-csv")).contains("Đã xuất xong tệp.");
        assertThat(unit.exportProgressVisibleAfterwards())
                .as("the progress line goes away when the export is done")
                .isFalse();

        assertThat(unit.remindEnabled())
                .as("nobody in the demo unit is overdue: nothing to remind")
                .isFalse();
        unit.officialReport("15/BC-VP", "Ban Giám đốc\nLưu: VT", "Chánh Văn phòng", "Phạm Quang Ký");
        screenshot("unit-official-report-dialog");
        HttpResponse<byte[]> pdf = Downloads.get(driver, unit.exportLink("official-pdf"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        java.nio.file.Path report = java.nio.file.Path.of(
                System.getProperty("screenshot.dir", "target/screenshots"), "unit-official-report.pdf");
        java.nio.file.Files.write(report, pdf.body());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains(
                            "VĂN PHÒNG",
                            "Số: 15/BC-VP",
                            "BÁO CÁO",
                            "Kết quả học tập khóa",
                            "Trần Văn Minh",
                            "- Lưu: VT.",
                            "CHÁNH VĂN PHÒNG",
                            "Phạm Quang Ký")
                    .doesNotContain("Ngô Văn Tùng");
        }
        HttpResponse<byte[]> docx = Downloads.get(driver, unit.exportLink("official-docx"));
        assertThat(docx.statusCode()).isEqualTo(200);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText())
                    .contains("Số: 15/BC-VP", "Trần Văn Minh", "Phạm Quang Ký");
        }

        long outside = jdbc.sql("select id from unit where code = 'TCCB'")
                .query(Long.class)
                .single();
        open("/unit?unit=" + outside);
        new NotFoundPage(driver);
        long edition = jdbc.sql(
                        "select e.id from course_edition e join course c on c.id = e.course_id where c.code = 'BVCTNB'")
                .query(Long.class)
                .single();
        open("/unit?unit=" + outside + "&edition=" + edition);
        new NotFoundPage(driver);
        long stranger = jdbc.sql("select id from app_user where username = 'tc0001'")
                .query(Long.class)
                .single();
        open("/unit/people/" + stranger);
        new NotFoundPage(driver);
    }
}
