package vn.daotao.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.pdf.ChartFonts;
import vn.daotao.report.ChartLabels;
import vn.daotao.report.DailyCount;
import vn.daotao.report.SubUnitFigures;

/**
 * Server-side charts (JFreeChart to PNG): the same picture in the dashboard and the PDF report, with
 * the bundled Vietnamese font, and no JavaScript charting library to build.
 */
public final class Charts {

    private static final Color RED = new Color(0xA6, 0x1B, 0x1B);
    private static final Color GOLD = new Color(0xC7, 0x99, 0x33);
    private static final Color GRID = new Color(0xE4, 0xE1, 0xDC);

    private Charts() {}

    /** Cumulative completions per day, with the number assigned and the due date as markers. */
    public static byte[] cumulative(
            List<DailyCount> perDay,
            int assigned,
            LocalDate due,
            LocalDate today,
            ChartLabels labels,
            int width,
            int height) {
        TimeSeries series = new TimeSeries(labels.completedAxis());
        TimeSeries inPerson = new TimeSeries(labels.inPersonSeries());
        int total = 0;
        int totalInPerson = 0;
        LocalDate first =
                perDay.isEmpty() ? today.minusDays(7) : perDay.getFirst().day().minusDays(1);
        series.add(day(first), 0);
        inPerson.add(day(first), 0);
        for (DailyCount d : perDay) {
            total += d.count();
            totalInPerson += d.inPerson();
            series.addOrUpdate(day(d.day()), total);
            inPerson.addOrUpdate(day(d.day()), totalInPerson);
        }
        LocalDate end = due != null && due.isAfter(today) ? due : today;
        series.addOrUpdate(day(end), total);
        inPerson.addOrUpdate(day(end), totalInPerson);
        TimeSeriesCollection data = new TimeSeriesCollection(series);
        boolean anyInPerson = totalInPerson > 0;
        if (anyInPerson) {
            data.addSeries(inPerson);
        }
        JFreeChart chart = new JFreeChart(
                labels.cumulativeTitle(),
                ChartFonts.bold(16f),
                new XYPlot(data, new DateAxis(), new NumberAxis(labels.completedAxis()), new XYStepRenderer()),
                anyInPerson);
        if (anyInPerson) {
            chart.getLegend().setItemFont(ChartFonts.regular(12f));
        }
        XYPlot plot = chart.getXYPlot();
        style(chart);
        DateAxis dates = (DateAxis) plot.getDomainAxis();
        SimpleDateFormat format = new SimpleDateFormat("dd/MM");
        format.setTimeZone(TimeZone.getTimeZone(TimeConfiguration.ZONE));
        dates.setDateFormatOverride(format);
        dates.setTickLabelFont(ChartFonts.regular(12f));
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setRange(0, Math.max(1, assigned) * 1.08);
        counts.setLabelFont(ChartFonts.regular(13f));
        counts.setTickLabelFont(ChartFonts.regular(12f));
        plot.getRenderer().setSeriesPaint(0, RED);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2.5f));
        plot.getRenderer().setSeriesPaint(1, GOLD);
        plot.getRenderer().setSeriesStroke(1, new BasicStroke(2f));

        ValueMarker target = new ValueMarker(
                assigned,
                GOLD,
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        target.setLabel(labels.assignedMarker() + ": " + assigned);
        target.setLabelFont(ChartFonts.regular(12f));
        target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(target, Layer.FOREGROUND);
        if (due != null) {
            ValueMarker deadline = new ValueMarker(day(due).getFirstMillisecond(), RED, new BasicStroke(1.2f));
            deadline.setLabel(labels.dueMarker() + " " + due.getDayOfMonth() + "/" + due.getMonthValue());
            deadline.setLabelFont(ChartFonts.regular(12f));
            deadline.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            deadline.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(deadline, Layer.FOREGROUND);
        }
        return png(chart, width, height);
    }

    /** Percentage complete per direct sub-unit. */
    public static byte[] bySubUnit(List<SubUnitFigures> rows, ChartLabels labels, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SubUnitFigures r : rows) {
            data.addValue(
                    r.figures().percentComplete(),
                    labels.percentAxis(),
                    r.unitId() == null ? labels.directMembers() : r.unitName());
        }
        CategoryAxis units = new CategoryAxis();
        units.setTickLabelFont(ChartFonts.regular(12f));
        units.setMaximumCategoryLabelLines(2);
        NumberAxis percent = new NumberAxis(labels.percentAxis());
        percent.setRange(0, 100);
        percent.setLabelFont(ChartFonts.regular(12f));
        percent.setTickLabelFont(ChartFonts.regular(12f));
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setSeriesPaint(0, RED);
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.12);
        CategoryPlot plot = new CategoryPlot(data, units, percent, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(labels.bySubUnitTitle(), ChartFonts.bold(16f), plot, false);
        style(chart);
        return png(chart, width, height);
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlineVisible(false);
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlinePaint(GRID);
        } else if (chart.getPlot() instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
        }
    }

    private static Day day(LocalDate date) {
        return new Day(
                Date.from(date.atStartOfDay(TimeConfiguration.ZONE).toInstant()),
                TimeZone.getTimeZone(TimeConfiguration.ZONE),
                java.util.Locale.ROOT);
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw chart", e);
        }
    }
}
