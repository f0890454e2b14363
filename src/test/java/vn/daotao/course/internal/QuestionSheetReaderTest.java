package vn.daotao.course.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.daotao.base.UserFacingException;
import vn.daotao.course.ImportFormat;
import vn.daotao.course.TestFiles;

class QuestionSheetReaderTest {

    @Test
    void readsCommaSeparatedUtf8WithBom() {
        byte[] csv = ("\uFEFFLoại câu hỏi,Nội dung câu hỏi,Đáp án đúng\nSINGLE,\"Câu hỏi, có dấu phẩy\",A\n")
                .getBytes(StandardCharsets.UTF_8);
        QuestionSheetReader.Sheet sheet = QuestionSheetReader.read(csv, 10);
        assertThat(sheet.format()).isEqualTo(ImportFormat.CSV);
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(0).cell(0)).isEqualTo("Loại câu hỏi");
        assertThat(sheet.rows().get(1).cells()).containsExactly("SINGLE", "Câu hỏi, có dấu phẩy", "A");
        assertThat(sheet.rows().get(1).number()).isEqualTo(2);
    }

    @Test
    void readsSemicolonSeparatedAndKeepsRowNumbersAcrossBlankLines() {
        byte[] csv = "Loại câu hỏi;Nội dung;Đáp án\r\nSINGLE;Một;A\r\n\r\n;;\r\nMULTIPLE;\"Hai\ndòng\";A,B\r\n"
                .getBytes(StandardCharsets.UTF_8);
        List<SheetRow> rows = QuestionSheetReader.read(csv, 10).rows();
        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 5);
        assertThat(rows.get(2).cells()).containsExactly("MULTIPLE", "Hai\ndòng", "A,B");
    }

    @Test
    void formulasInCsvAreJustText() {
        byte[] csv =
                "Loại,Nội dung\nSINGLE,=HYPERLINK(\"http://x\";\"y\")\nSINGLE,+1+1\n".getBytes(StandardCharsets.UTF_8);
        List<SheetRow> rows = QuestionSheetReader.read(csv, 10).rows();
        assertThat(rows.get(1).cell(1)).isEqualTo("=HYPERLINK(\"http://x\";\"y\")");
        assertThat(rows.get(2).cell(1)).isEqualTo("+1+1");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithoutEvaluatingFormulas() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Câu hỏi");
            sheet.createRow(0).createCell(0).setCellValue("Loại câu hỏi");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("SINGLE");
            row.createCell(1).setCellFormula("1+1");
            row.createCell(2).setCellValue(42);
            book.write(out);
            xlsx = out.toByteArray();
        }
        QuestionSheetReader.Sheet sheet = QuestionSheetReader.read(xlsx, 10);
        assertThat(sheet.format()).isEqualTo(ImportFormat.XLSX);
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(1, 3);
        assertThat(sheet.rows().get(1).cells()).containsExactly("SINGLE", "=1+1", "42");
    }

    @Test
    void refusesWhatIsNeitherCsvNorXlsx() {
        assertThatThrownBy(() -> QuestionSheetReader.read(TestFiles.pdf(), 10)).hasMessage("questionImport.error.type");
        assertThatThrownBy(() -> QuestionSheetReader.read(TestFiles.exe(), 10)).hasMessage("questionImport.error.type");
        assertThatThrownBy(() -> QuestionSheetReader.read(TestFiles.docx(), 10))
                .hasMessage("questionImport.error.type");
        assertThatThrownBy(() -> QuestionSheetReader.read(TestFiles.zip(Map.of("a.csv", "a,b")), 10))
                .hasMessage("questionImport.error.type");
        byte[] latin = "Loại,Câu\n".getBytes(Charset.forName("windows-1258"));
        assertThatThrownBy(() -> QuestionSheetReader.read(latin, 10)).hasMessage("questionImport.error.encoding");
        assertThatThrownBy(() -> QuestionSheetReader.read("a,\"b\nc".getBytes(StandardCharsets.UTF_8), 10))
                .hasMessage("questionImport.error.csv");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        StringBuilder csv = new StringBuilder("Loại,Nội dung\n");
        for (int i = 0; i < 6; i++) {
            csv.append("SINGLE,Câu ").append(i).append('\n');
        }
        assertThat(QuestionSheetReader.read(csv.toString().getBytes(StandardCharsets.UTF_8), 6)
                        .rows())
                .hasSize(7);
        assertThatThrownBy(() -> QuestionSheetReader.read(csv.toString().getBytes(StandardCharsets.UTF_8), 5))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("questionImport.error.tooManyRows");
    }

    @Test
    void theTemplateReadsBackWithoutProblems() {
        for (ImportFormat format : ImportFormat.values()) {
            QuestionSheetReader.Sheet sheet = QuestionSheetReader.read(QuestionTemplate.write(format), 10);
            assertThat(sheet.format()).isEqualTo(format);
            assertThat(QuestionSheetLayout.headerProblems(sheet.rows().getFirst()))
                    .isEmpty();
            assertThat(sheet.rows().subList(1, sheet.rows().size()))
                    .hasSize(3)
                    .allSatisfy(row -> assertThat(QuestionSheetLayout.parse(row).problems())
                            .isEmpty());
        }
    }
}
