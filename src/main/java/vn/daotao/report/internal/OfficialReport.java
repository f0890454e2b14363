package vn.daotao.report.internal;

import java.util.List;
import java.util.function.Consumer;
import vn.daotao.certificate.HeaderKind;

/**
 * A unit's "Báo cáo kết quả học tập" laid out after Nghị định 30/2020/NĐ-CP, as its two renderers ({@link
 * OfficialReportPdf}, {@link OfficialReportDocx}) take it: the header block (governing body above the issuing
 * body, number and symbol; heading with its motto, place and date), title and subject, the summary
 * paragraphs, the table of every row (streamed, never held), then "Nơi nhận" beside the signature block.
 */
public record OfficialReport(
        HeaderKind heading,
        String governingBody,
        String issuingBody,
        String number,
        String placeAndDate,
        String title,
        String subject,
        List<String> summary,
        List<String> columns,
        float[] columnWeights,
        String recipientsLabel,
        List<String> recipients,
        String signerPosition,
        String signerName) {

    /** Hands every table row, in order, to the consumer. */
    @FunctionalInterface
    public interface Rows {
        void each(Consumer<String[]> row);
    }
}
