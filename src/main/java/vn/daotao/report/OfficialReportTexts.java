package vn.daotao.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The words of the official report ("Báo cáo kết quả học tập"), in the viewer's language; the view supplies
 * them, the service the data. The national and Party headings are fixed by law and not translated.
 */
public interface OfficialReportTexts {

    /** "BÁO CÁO". */
    String title();

    /** The line under the title: what, whose, which period. */
    String subject(String unitName, String courseTitle, int editionNo);

    /** "Số: 12/BC-VP" (dots when blank). */
    String number(String number);

    /** "Hà Nội, ngày 30 tháng 11 năm 2026" (no place: "Ngày 30 tháng 11 năm 2026"). */
    String placeAndDate(String place, LocalDate date);

    /** The paragraphs before the table, with the figures. */
    List<String> summary(String unitName, Figures figures);

    List<String> columns();

    /** One table row: number (STT), then the row's cells in the order of {@link #columns()}. */
    String[] cells(int number, RosterRow row, String certificateSerial);

    /** "Nơi nhận:". */
    String recipientsLabel();

    /** The file name without extension. */
    String fileName();
}
