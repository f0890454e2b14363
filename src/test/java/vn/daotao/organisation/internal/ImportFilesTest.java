package vn.daotao.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.daotao.base.UserFacingException;
import vn.daotao.organisation.internal.ImportFiles.Column;
import vn.daotao.organisation.internal.ImportFiles.Kind;
import vn.daotao.organisation.internal.ImportFiles.Table;

class ImportFilesTest {

    @Test
    void readsCommaCsvWithBomAndQuotedFields() {
        String csv = "\uFEFFMã nhân viên,Họ và tên,Tên đăng nhập,Email,Mã đơn vị,Vai trò\r\n"
                + "NV1,Nguyễn Văn An,nguyenvanan,an@example.vn,VP,\"Nhân viên, Trưởng đơn vị\"\r\n"
                + "\r\n"
                + "NV2, Lê Thị Bình ,lethibinh,,VP,\r\n";
        List<Table> tables = ImportFiles.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(tables).hasSize(1);
        Table t = tables.getFirst();
        assertThat(t.kind()).isEqualTo(Kind.PEOPLE);
        assertThat(t.lines()).hasSize(2);
        assertThat(t.lines().get(0).get(Column.ROLES)).isEqualTo("Nhân viên, Trưởng đơn vị");
        assertThat(t.lines().get(1).row()).isEqualTo(4);
        assertThat(t.lines().get(1).get(Column.FULL_NAME)).isEqualTo("Lê Thị Bình");
        assertThat(t.lines().get(1).get(Column.EMAIL)).isNull();
    }

    @Test
    void readsSemicolonCsvAndHeadersWithoutAccentsOrInEnglish() {
        String csv = "unit code;Unit name;Parent unit code\nA;Phòng A;BQL\nB;\"Phòng B; tầng 2\";A\n";
        Table t = ImportFiles.read(csv.getBytes(StandardCharsets.UTF_8)).getFirst();
        assertThat(t.kind()).isEqualTo(Kind.UNITS);
        assertThat(t.lines().get(1).get(Column.UNIT_NAME)).isEqualTo("Phòng B; tầng 2");
        assertThat(t.lines().get(1).get(Column.PARENT_CODE)).isEqualTo("A");

        String plain = "ma nhan vien,ho va ten,ten dang nhap,ma don vi\nX1,An,an1,VP\n";
        assertThat(ImportFiles.read(plain.getBytes(StandardCharsets.UTF_8))
                        .getFirst()
                        .lines()
                        .getFirst()
                        .get(Column.USERNAME))
                .isEqualTo("an1");
    }

    @Test
    void aBrokenQuoteIsReportedByItsLineInVietnameseNotByTheParsersWords() {
        String csv = "Mã nhân viên,Họ và tên,Tên đăng nhập,Mã đơn vị\nNV1,An,an,VP\nNV2,\"Bình\"x,binh,VP\n";
        assertThatThrownBy(() -> ImportFiles.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("people.import.error.csvLine");
                    assertThat(e.args()).containsExactly(3);
                });
    }

    @Test
    void theTemplatesTermMaCanBoAndTheOlderMaNhanVienAreBothUnderstood() {
        assertThat(Column.EMPLOYEE_CODE.header()).isEqualTo("Mã cán bộ");
        for (String header : List.of("Mã cán bộ", "Mã nhân viên")) {
            Table t = ImportFiles.read((header + ",Họ và tên,Mã đơn vị\nNV1,An,VP\n").getBytes(StandardCharsets.UTF_8))
                    .getFirst();
            assertThat(t.kind()).isEqualTo(Kind.PEOPLE);
        }
    }

    @Test
    void formulaTextIsDataInCsv() {
        String csv = "Mã nhân viên,Họ và tên,Tên đăng nhập,Mã đơn vị\n=1+1,=HYPERLINK(\"x\"),abc,VP\n";
        var line = ImportFiles.read(csv.getBytes(StandardCharsets.UTF_8))
                .getFirst()
                .lines()
                .getFirst();
        assertThat(line.get(Column.EMPLOYEE_CODE)).isEqualTo("=1+1");
        assertThat(line.get(Column.FULL_NAME)).isEqualTo("=HYPERLINK(\"x\")");
    }

    @Test
    void readsXlsxSheetsUnitsFirstWithNumbersAsTextAndFormulasNotEvaluated() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet notes = wb.createSheet("Ghi chú");
            notes.createRow(0).createCell(0).setCellValue("Hướng dẫn");
            Sheet people = wb.createSheet("Người dùng");
            row(people, 0, "Mã nhân viên", "Họ và tên", "Tên đăng nhập", "Email", "Mã đơn vị", "Vai trò");
            Row r = people.createRow(1);
            r.createCell(0).setCellValue(1001);
            r.createCell(1).setCellFormula("CONCATENATE(\"Nguyễn \",\"An\")");
            r.createCell(2).setCellValue("an1001");
            r.createCell(4).setCellValue("VP");
            var roles = r.createCell(5);
            roles.setCellFormula("WEBSERVICE(\"http://example.invalid\")");
            roles.setCellValue("Nhân viên");
            Sheet units = wb.createSheet("Đơn vị");
            row(units, 0, "Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên");
            row(units, 1, "VP-X", "Tổ X", "VP");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        List<Table> tables = ImportFiles.read(xlsx);
        assertThat(tables).extracting(Table::kind).containsExactly(Kind.UNITS, Kind.PEOPLE);
        var person = tables.get(1).lines().getFirst();
        assertThat(person.sheet()).isEqualTo("Người dùng");
        assertThat(person.row()).isEqualTo(2);
        assertThat(person.get(Column.EMPLOYEE_CODE)).isEqualTo("1001");
        // No cached value was saved and nothing evaluates it: the formula stays text.
        assertThat(person.get(Column.FULL_NAME)).isEqualTo("=CONCATENATE(\"Nguyễn \",\"An\")");
        // With a saved value, that value is read; the formula is never run.
        assertThat(person.get(Column.ROLES)).isEqualTo("Nhân viên");
    }

    @Test
    void templatesAreReadBackAsTheyAreDocumented() {
        assertThat(ImportFiles.read(ImportTemplates.csv(Kind.UNITS)).getFirst().lines())
                .hasSize(2);
        assertThat(ImportFiles.read(ImportTemplates.csv(Kind.PEOPLE))
                        .getFirst()
                        .lines()
                        .get(1)
                        .get(Column.ROLES))
                .isEqualTo("Nhân viên; Trưởng đơn vị");
        assertThat(ImportFiles.read(ImportTemplates.xlsx()))
                .extracting(Table::kind)
                .containsExactly(Kind.UNITS, Kind.PEOPLE);
    }

    @Test
    void refusesOtherContentOversizedFilesAndUnknownHeaders() {
        assertRefused("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "people.import.error.notText");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "people.import.error.xls");
        assertRefused(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, "people.import.error.xlsx");
        assertRefused(new byte[ImportFiles.MAX_BYTES + 1], "people.import.error.tooLarge");
        assertRefused(new byte[0], "people.import.error.empty");
        assertRefused("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8), "people.import.error.headers");
        assertRefused(
                "Họ và tên,Email\nAn,a@b.vn\n".getBytes(StandardCharsets.UTF_8), "people.import.error.missingColumns");
        StringBuilder many = new StringBuilder("Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên\n");
        for (int i = 0; i <= ImportFiles.MAX_ROWS; i++) {
            many.append("U").append(i).append(",Đơn vị,BQL\n");
        }
        assertRefused(many.toString().getBytes(StandardCharsets.UTF_8), "people.import.error.tooManyRows");
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> ImportFiles.read(content))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
