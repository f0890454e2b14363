package vn.daotao.report;

import java.util.List;

/** The words of the PDF report, in the viewer's language; the view supplies them, the service the data. */
public interface ReportTexts {

    String title();

    List<String> header(String unitName, String courseTitle, int editionNo);

    List<String[]> figures(Figures figures);

    List<String> columns();

    String[] cells(RosterRow row);

    String truncated(int shown);

    ChartLabels chartLabels();
}
