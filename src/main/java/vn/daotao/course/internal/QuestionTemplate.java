package vn.daotao.course.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.daotao.course.ImportFormat;

/** The downloadable import template: the header and one example row per question type. */
public final class QuestionTemplate {

    static final List<List<String>> EXAMPLES = List.of(
            List.of(
                    "SINGLE",
                    "Cơ quan nào tham mưu công tác bảo vệ chính trị nội bộ ở địa phương?",
                    "B",
                    "Ban Tổ chức cấp ủy là cơ quan tham mưu.",
                    "Văn phòng",
                    "Ban Tổ chức cấp ủy",
                    "Ủy ban kiểm tra"),
            List.of(
                    "MULTIPLE",
                    "Những việc nào thuộc công tác bảo vệ chính trị nội bộ?",
                    "A, C",
                    "Cả hai việc A và C đều thuộc công tác này.",
                    "Thẩm định tiêu chuẩn chính trị",
                    "Quyết toán ngân sách",
                    "Quản lý hồ sơ đảng viên"),
            List.of(
                    "TRUE_FALSE",
                    "Bảo vệ chính trị nội bộ là nhiệm vụ của riêng cấp ủy.",
                    "Sai",
                    "Đây là nhiệm vụ của cả hệ thống chính trị.",
                    "Đúng",
                    "Sai"));

    private QuestionTemplate() {}

    public static byte[] write(ImportFormat format) {
        return format == ImportFormat.XLSX ? xlsx() : csv();
    }

    private static byte[] csv() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF'); // lets Excel open the file as UTF-8
            printer.printRecord(QuestionSheetLayout.HEADERS);
            for (List<String> example : EXAMPLES) {
                printer.printRecord(example);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Câu hỏi");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            text.setWrapText(true);
            Row head = sheet.createRow(0);
            for (int c = 0; c < QuestionSheetLayout.HEADERS.size(); c++) {
                head.createCell(c).setCellValue(QuestionSheetLayout.HEADERS.get(c));
                head.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, (c == 1 ? 60 : c == 3 ? 40 : 22) * 256);
                sheet.setDefaultColumnStyle(c, text);
            }
            for (int r = 0; r < EXAMPLES.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> example = EXAMPLES.get(r);
                for (int c = 0; c < example.size(); c++) {
                    row.createCell(c).setCellValue(example.get(c));
                    row.getCell(c).setCellStyle(text);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
