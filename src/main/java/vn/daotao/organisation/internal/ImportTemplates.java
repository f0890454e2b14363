package vn.daotao.organisation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.daotao.organisation.internal.ImportFiles.Column;
import vn.daotao.organisation.internal.ImportFiles.Kind;

/** Templates with the Vietnamese headers and example rows that fit the demo organisation. */
public final class ImportTemplates {

    static final List<List<String>> UNIT_EXAMPLES =
            List.of(List.of("VP-TH", "Tổ Tổng hợp", "VP"), List.of("VP-TH-1", "Nhóm Văn thư", "VP-TH"));
    static final List<List<String>> PEOPLE_EXAMPLES = List.of(
            List.of("NV1001", "Nguyễn Văn An", "nguyenvanan", "an.nguyen@example.vn", "VP-TH", "Nhân viên"),
            List.of("NV1002", "Trần Thị Bích Ngọc", "tranthibichngoc", "", "VP-TH", "Nhân viên; Trưởng đơn vị"));

    private ImportTemplates() {}

    public static byte[] csv(Kind kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            printer.printRecord(Column.of(kind).stream().map(Column::header).toList());
            for (List<String> row : kind == Kind.UNITS ? UNIT_EXAMPLES : PEOPLE_EXAMPLES) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            sheet(workbook.createSheet("Đơn vị"), Kind.UNITS, UNIT_EXAMPLES, bold, text);
            sheet(workbook.createSheet("Người dùng"), Kind.PEOPLE, PEOPLE_EXAMPLES, bold, text);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, Kind kind, List<List<String>> examples, CellStyle bold, CellStyle text) {
        List<Column> columns = Column.of(kind);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c).header());
            header.getCell(c).setCellStyle(bold);
            // Codes stay text: "007" must not become 7.
            sheet.setDefaultColumnStyle(c, text);
            sheet.setColumnWidth(c, 24 * 256);
        }
        for (int r = 0; r < examples.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < examples.get(r).size(); c++) {
                row.createCell(c).setCellValue(examples.get(r).get(c));
                row.getCell(c).setCellStyle(text);
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
