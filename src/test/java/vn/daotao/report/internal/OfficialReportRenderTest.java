package vn.daotao.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.daotao.certificate.HeaderKind;

/**
 * Both renderers of the official report on thousands of rows, with names no font or XML can hold as they
 * are: every row is there, the table header repeats on each page, pages after the first are numbered, and
 * one odd character never fails the document.
 */
class OfficialReportRenderTest {

    private static final int ROWS = 1500;
    private static final String ODD = "Trần Thị Ｇiá＝Trị 😀\u0007";

    private static OfficialReport report(HeaderKind heading) {
        return new OfficialReport(
                heading,
                "Bộ Kiểm Thử",
                "Văn phòng",
                "Số: 12/BC-VP",
                "Hà Nội, ngày 30 tháng 11 năm 2026",
                "BÁO CÁO",
                "Kết quả học tập khóa “Công tác bảo vệ chính trị nội bộ” (phiên bản 1) của Văn phòng, năm 2026",
                List.of("Trong kỳ, Văn phòng có 1.500 lượt được giao học; đã hoàn thành 750 (50%).", "Danh sách:"),
                List.of(
                        "STT",
                        "Họ và tên",
                        "Mã cán bộ",
                        "Đơn vị",
                        "Trạng thái",
                        "Hạn",
                        "Ngày hoàn thành",
                        "Điểm",
                        "Số hiệu chứng nhận"),
                new float[] {30, 76, 44, 62, 54, 50, 50, 28, 73},
                "Nơi nhận:",
                List.of("Ban Giám đốc", "Lưu: VT"),
                "Chánh Văn phòng",
                "Nguyễn Văn Ký");
    }

    private static final OfficialReport.Rows ROWS_OF = sink -> {
        for (int i = 1; i <= ROWS; i++) {
            sink.accept(new String[] {
                String.valueOf(i),
                i == 7 ? ODD : "Nguyễn Văn Người Học Số " + i,
                "NV" + i,
                "Phòng Tổ chức cán bộ và Hành chính quản trị",
                i % 2 == 0 ? "Hoàn thành" : "Hoàn thành trực tiếp",
                "31/12/2026",
                "15/11/2026",
                "90",
                i % 2 == 0 ? "BVCTNB-2026-" + String.format("%06d", i) : ""
            });
        }
    };

    @Test
    void thePdfHasEveryRowWithTheHeaderOnEachPageAndPageNumbersFromTheSecond() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfficialReportPdf.write(out, report(HeaderKind.NATIONAL), ROWS_OF);
        Path file = Path.of(System.getProperty("screenshot.dir", "target/screenshots"), "official-report.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        try (var doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(20);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(doc);
            assertThat(first)
                    .contains(
                            "BỘ KIỂM THỬ",
                            "VĂN PHÒNG",
                            "Số: 12/BC-VP",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "Hà Nội, ngày 30 tháng 11 năm 2026",
                            "BÁO CÁO",
                            "Họ và tên")
                    .as("the odd name prints with its unknown characters replaced")
                    .contains("Trần Thị");
            assertThat(first.lines().map(String::strip))
                    .as("no number on page 1")
                    .doesNotContain("1");
            for (int page : List.of(2, doc.getNumberOfPages())) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertThat(text).as("page %d repeats the header", page).contains("Họ và tên", "Hạn", "STT");
                assertThat(text.lines().map(String::strip))
                        .as("page %d is numbered", page)
                        .contains(String.valueOf(page));
            }
            stripper.setStartPage(1);
            stripper.setEndPage(doc.getNumberOfPages());
            String all = stripper.getText(doc).replaceAll("\\s+", " ");
            for (int i : List.of(1, 750, ROWS)) {
                assertThat(all).contains(i + " Nguyễn Văn Người Học Số " + i + " NV" + i + " ");
            }
            assertThat(all.replace(" ", ""))
                    .as("a serial too wide for its column breaks at a hyphen and reads whole")
                    .contains("BVCTNB-2026-001500");
            assertThat(all).contains("Nơi nhận:", "- Ban Giám đốc;", "- Lưu: VT.", "CHÁNH VĂN PHÒNG", "Nguyễn Văn Ký");
        }
    }

    @Test
    void theDocxHasEveryRowARepeatedHeaderRowAndAPageNumberFieldAfterTheFirstPage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfficialReportDocx.write(out, report(HeaderKind.PARTY), ROWS_OF);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            var table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst()
                    .orElseThrow();
            assertThat(table.getRows()).hasSize(ROWS + 1);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(7).getCell(1).getText())
                    .as("control characters dropped, the rest kept")
                    .isEqualTo("Trần Thị Ｇiá＝Trị 😀 ");
            assertThat(table.getRow(ROWS).getCell(8).getText()).isEqualTo("BVCTNB-2026-001500");
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text)
                    .contains(
                            "BỘ KIỂM THỬ",
                            "ĐẢNG CỘNG SẢN VIỆT NAM",
                            "Số: 12/BC-VP",
                            "BÁO CÁO",
                            "- Lưu: VT.",
                            "CHÁNH VĂN PHÒNG",
                            "Nguyễn Văn Ký")
                    .doesNotContain("Độc lập - Tự do - Hạnh phúc");
            assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg())
                    .as("no page number on the first page")
                    .isTrue();
            assertThat(doc.getHeaderList())
                    .anySatisfy(h -> assertThat(
                                    h.getParagraphs().getFirst().getCTP().getFldSimpleList())
                            .anySatisfy(f -> assertThat(f.getInstr()).isEqualTo("PAGE")));
        }
    }
}
