package vn.daotao.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The hand-written workbook opens in POI with the values, types and formats it was given. */
class StreamingXlsxTest {

    @Test
    void textNumbersDatesAndOddCharactersReadBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamingXlsx xlsx = new StreamingXlsx(out, "Danh sách: 2026/11 [đơn vị]", new int[] {8, 30, 16, 16})) {
            xlsx.row();
            xlsx.text("STT", StreamingXlsx.BOLD);
            xlsx.text("Họ và tên", StreamingXlsx.BOLD);
            xlsx.text("Hạn", StreamingXlsx.BOLD);
            xlsx.text("Hoàn thành", StreamingXlsx.BOLD);
            xlsx.row();
            xlsx.number(1);
            xlsx.text("=Nguyễn <Văn> & \"A\"\u0007", StreamingXlsx.TEXT);
            xlsx.date(LocalDate.of(2026, 12, 31));
            xlsx.dateTime(LocalDateTime.of(2026, 11, 30, 9, 45));
            xlsx.row();
            xlsx.number(2.5);
            xlsx.text("", StreamingXlsx.TEXT);
            xlsx.skip();
            xlsx.text("cuối", StreamingXlsx.TEXT);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo("Danh sách  2026 11  đơn vị");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            var name = sheet.getRow(1).getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue())
                    .as("markup escaped, the control character left out")
                    .isEqualTo("=Nguyễn <Văn> & \"A\"");
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 12, 31, 0, 0));
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString())
                    .isEqualTo("dd/mm/yyyy");
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 11, 30, 9, 45));
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(2.5);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("cuối");
            assertThat(sheet.getColumnWidth(1)).isEqualTo(30 * 256);
        }
    }
}
