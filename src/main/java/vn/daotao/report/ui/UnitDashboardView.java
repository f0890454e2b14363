package vn.daotao.report.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.Stat;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.report.ChartImages;
import vn.daotao.report.ChartLabels;
import vn.daotao.report.DailyCount;
import vn.daotao.report.Dashboard;
import vn.daotao.report.EditionOption;
import vn.daotao.report.Figures;
import vn.daotao.report.ReminderService;
import vn.daotao.report.ReportPeriod;
import vn.daotao.report.ReportScope;
import vn.daotao.report.ReportService;
import vn.daotao.report.RosterFilter;
import vn.daotao.report.ScopeUnit;
import vn.daotao.report.SubUnitFigures;
import vn.daotao.security.Role;

/**
 * /unit?unit=..&edition=..&period=..&compare=..: completion in one unit of the viewer's subtree for one
 * course edition in a period (default: as of today; see {@link ReportPeriod} for the codes), optionally
 * compared with another period per sub-unit, the same split by direct sub-unit (click to drill down), and
 * the people. The unit in the address is
 * checked by the service: one outside the viewer's subtree is refused and audited.
 */
@Route("unit")
@Menu(title = "nav.unit", order = 10, icon = "vaadin:group")
@RolesAllowed({Role.UNIT_HEAD_NAME, Role.ADMIN_NAME})
class UnitDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final ReminderService reminders;

    UnitDashboardView(ReportService reports, ReminderService reminders) {
        this.reports = reports;
        this.reminders = reminders;
        addClassName("page");
        addClassName("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        ReportScope scope = reports.scope();
        long unitId = param(query, "unit").orElseGet(() -> reports.homeUnit(scope));
        List<EditionOption> editions = reports.editions();
        H2 title = new H2(getTranslation("unit.title"));
        title.setId("unit-title");
        add(title);
        if (editions.isEmpty()) {
            add(new Paragraph(getTranslation("unit.noCourse")));
            return;
        }
        long editionId = param(query, "edition")
                .orElseGet(() ->
                        reports.defaultEdition(scope).orElse(editions.getFirst().editionId()));
        LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
        ReportPeriod period = text(query, "period")
                .map(code -> ReportPeriod.parse(code).orElseThrow(() -> new NotFoundException("Bad period")))
                .orElse(ReportPeriod.asOf(today));
        ReportPeriod compareWith = text(query, "compare")
                .map(code -> ReportPeriod.parse(code).orElseThrow(() -> new NotFoundException("Bad period")))
                .orElse(null);
        Place place = new Place(unitId, editionId, period, compareWith);
        RosterFilter filter = new RosterFilter(unitId, editionId, period, null, null, null);
        Dashboard dashboard = reports.dashboard(scope, filter, chartLabels(this), 620, 300);
        List<ScopeUnit> units = reports.scopeUnits(scope);

        ComboBox<ScopeUnit> unitSelect = new ComboBox<>(getTranslation("unit.select"));
        unitSelect.setId("unit-select");
        unitSelect.setItems(vn.daotao.base.ui.AccentFree.filter(ScopeUnit::name), units);
        unitSelect.setItemLabelGenerator(u -> "\u2003".repeat(Math.max(0, u.level())) + u.name());
        units.stream().filter(u -> u.id() == unitId).findFirst().ifPresent(unitSelect::setValue);
        unitSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(place.withUnit(e.getValue().id()));
            }
        });
        ComboBox<EditionOption> editionSelect = new ComboBox<>(getTranslation("unit.course"));
        editionSelect.setId("edition-select");
        editionSelect.setItems(editions);
        editionSelect.setItemLabelGenerator(e -> e.title() + " · " + getTranslation("course.edition", e.editionNo()));
        editions.stream().filter(e -> e.editionId() == editionId).findFirst().ifPresent(editionSelect::setValue);
        editionSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(new Place(unitId, e.getValue().editionId(), period, compareWith));
            }
        });
        unitSelect.setWidth("24em");
        editionSelect.setWidth("28em");
        Div selectors = new Div(unitSelect, editionSelect);
        selectors.addClassName("filters");
        PeriodPicker picker = new PeriodPicker(
                period,
                compareWith != null,
                (chosen, comparing) -> go(new Place(unitId, editionId, chosen, comparing ? chosen.previous() : null)));
        Paragraph shown = new Paragraph(getTranslation("period.shown", PeriodPicker.label(this, period)));
        shown.setId("period-shown");
        shown.addClassName("muted");
        add(selectors, picker, shown, stats(dashboard.figures()), charts(dashboard));
        if (compareWith != null) {
            add(new PeriodComparisonPanel(reports, scope, filter, compareWith));
        }
        add(
                subUnits(dashboard, place),
                new RosterGrid(
                        reports,
                        reminders,
                        scope,
                        filter,
                        units.stream().filter(u -> isBelow(units, u, unitId)).toList()));
    }

    /** What the page shows, as it goes into the address. */
    record Place(long unitId, long editionId, ReportPeriod period, ReportPeriod compareWith) {

        Place withUnit(long unit) {
            return new Place(unit, editionId, period, compareWith);
        }

        QueryParameters query() {
            Map<String, String> params = new java.util.LinkedHashMap<>();
            params.put("unit", String.valueOf(unitId));
            params.put("edition", String.valueOf(editionId));
            if (!(period.kind() == ReportPeriod.Kind.AS_OF
                    && period.from().equals(LocalDate.now(TimeConfiguration.ZONE)))) {
                params.put("period", period.code());
            }
            if (compareWith != null) {
                params.put("compare", compareWith.code());
            }
            return QueryParameters.simple(params);
        }
    }

    private Div stats(Figures f) {
        Div stats = new Div(
                new Stat("stat-assigned", getTranslation("unit.stat.assigned"), f.assigned()),
                new Stat("stat-completed", getTranslation("unit.stat.completed"), f.completed()),
                new Stat("stat-inProgress", getTranslation("unit.stat.inProgress"), f.inProgress()),
                new Stat("stat-notStarted", getTranslation("unit.stat.notStarted"), f.notStarted()),
                new Stat("stat-overdue", getTranslation("unit.stat.overdue"), f.overdue()),
                new Stat("stat-moved", getTranslation("unit.stat.moved"), f.moved()),
                new Stat("stat-exempt", getTranslation("unit.stat.exempt"), f.exempt()),
                new Stat("stat-inPerson", getTranslation("unit.stat.inPerson"), f.completedInPerson()));
        stats.add(
                new Stat("stat-percent", getTranslation("unit.stat.percent"), Formats.percent(f.percentComplete())),
                new Stat("stat-average", getTranslation("unit.stat.average"), Formats.percent(f.averageScore())));
        stats.addClassNames("stats", "card");
        stats.setId("unit-figures");
        return stats;
    }

    /**
     * The two charts as PNG images whose text alternatives say what they show, and below them the figures of the
     * completions chart as a table (a screen reader's way into the chart; the sub-unit chart's figures are the
     * sub-unit grid further down).
     */
    private Div charts(Dashboard dashboard) {
        ChartImages charts = dashboard.charts();
        Figures f = dashboard.figures();
        Image cumulative = png(
                charts::cumulative,
                "chart-cumulative.png",
                getTranslation(
                        "chart.cumulative.alt",
                        f.completed(),
                        f.assigned(),
                        dashboard.latestDueDate() == null ? "—" : Formats.date(dashboard.latestDueDate())));
        cumulative.setId("chart-cumulative");
        Image bySubUnit = png(charts::bySubUnit, "chart-subunits.png", subUnitsAlt(dashboard.subUnits()));
        bySubUnit.setId("chart-subunits");
        Div box = new Div(cumulative, bySubUnit, dailyTable(dashboard));
        box.addClassNames("charts");
        return box;
    }

    /** A chart drawn when the browser asks for it: the session keeps what to draw, not the picture. */
    private static Image png(java.util.function.Supplier<byte[]> draw, String name, String alt) {
        return new Image(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(e -> {
                    byte[] png = draw.get();
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(png), name, "image/png", png.length);
                }),
                alt);
    }

    /** "Tỷ lệ hoàn thành theo đơn vị trực thuộc: Văn phòng 60%, ...": the first 12 units, then how many more. */
    private String subUnitsAlt(List<SubUnitFigures> units) {
        String shown = units.stream()
                .limit(12)
                .map(u -> (u.unitId() == null ? getTranslation("unit.directMembers") : u.unitName()) + " "
                        + Formats.percent(u.figures().percentComplete()) + "%")
                .collect(java.util.stream.Collectors.joining(", "));
        String more = units.size() > 12 ? getTranslation("chart.bySubUnit.more", units.size() - 12) : "";
        return getTranslation("chart.bySubUnit") + ": " + (units.isEmpty() ? "—" : shown) + more;
    }

    /**
     * The completions per day behind the first chart, in a closed "figures of the chart" section whose table is
     * made when it is first opened: a year of days is hundreds of elements a dashboard left open need not keep.
     */
    private com.vaadin.flow.component.html.NativeDetails dailyTable(Dashboard dashboard) {
        var details = new com.vaadin.flow.component.html.NativeDetails(getTranslation("chart.data"));
        details.addClassName("chart-data-details");
        details.setId("chart-data-details");
        details.addToggleListener(e -> {
            if (e.isOpened() && details.getContent() == null) {
                details.setContent(dailyTableContent(dashboard.completionsPerDay()));
            }
        });
        return details;
    }

    private com.vaadin.flow.component.html.NativeTable dailyTableContent(List<DailyCount> days) {
        com.vaadin.flow.component.html.NativeTable table = new com.vaadin.flow.component.html.NativeTable();
        table.setCaptionText(getTranslation("chart.cumulative"));
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("chart.data.day"));
        head.addHeaderCell().setText(getTranslation("chart.data.count"));
        head.addHeaderCell().setText(getTranslation("chart.data.inPerson"));
        head.addHeaderCell().setText(getTranslation("chart.completed"));
        int total = 0;
        for (DailyCount day : days) {
            total += day.count();
            var row = table.getBody().addRow();
            row.addDataCell().setText(Formats.date(day.day()));
            row.addDataCell().setText(String.valueOf(day.count()));
            row.addDataCell().setText(String.valueOf(day.inPerson()));
            row.addDataCell().setText(String.valueOf(total));
        }
        table.addClassName("chart-data");
        table.setId("chart-data");
        return table;
    }

    static ChartLabels chartLabels(com.vaadin.flow.component.Component view) {
        return new ChartLabels(
                view.getTranslation("chart.cumulative"),
                view.getTranslation("chart.completed"),
                view.getTranslation("chart.assigned"),
                view.getTranslation("chart.due"),
                view.getTranslation("chart.bySubUnit"),
                view.getTranslation("chart.percent"),
                view.getTranslation("unit.directMembers"),
                view.getTranslation("chart.inPerson"));
    }

    private Div subUnits(Dashboard dashboard, Place place) {
        Grid<SubUnitFigures> grid = new Grid<>();
        grid.setId("subunit-grid");
        grid.addColumn(s -> s.unitId() == null ? getTranslation("unit.directMembers") : s.unitName())
                .setHeader(getTranslation("unit.col.name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(s -> s.figures().assigned())
                .setHeader(getTranslation("unit.stat.assigned"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.figures().completed())
                .setHeader(getTranslation("unit.stat.completed"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.figures().inProgress())
                .setHeader(getTranslation("unit.stat.inProgress"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.figures().notStarted())
                .setHeader(getTranslation("unit.stat.notStarted"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.figures().overdue())
                .setHeader(getTranslation("unit.stat.overdue"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> Formats.percent(s.figures().percentComplete()))
                .setHeader(getTranslation("unit.stat.percent"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.figures().exempt())
                .setHeader(getTranslation("unit.stat.exempt"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.figures().moved())
                .setHeader(getTranslation("unit.stat.moved"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(dashboard.subUnits());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> {
            if (e.getItem().unitId() != null) {
                go(place.withUnit(e.getItem().unitId()));
            }
        });
        grid.addClassName("subunit-grid");
        Div box = new Div(new H3(getTranslation("unit.bySubUnit")), grid);
        box.setId("subunits");
        return box;
    }

    private void go(Place place) {
        getUI().ifPresent(ui -> ui.navigate("unit", place.query()));
    }

    /** The selected unit and everything under it, for the sub-unit filter. */
    private static boolean isBelow(List<ScopeUnit> units, ScopeUnit unit, long ancestor) {
        Long id = unit.id();
        while (id != null) {
            if (id == ancestor) {
                return true;
            }
            Long current = id;
            id = units.stream()
                    .filter(u -> u.id() == current)
                    .findFirst()
                    .map(ScopeUnit::parentId)
                    .orElse(null);
        }
        return false;
    }

    private static java.util.Optional<String> text(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst().filter(v -> !v.isBlank());
    }

    private static java.util.Optional<Long> param(Map<String, List<String>> query, String name) {
        try {
            return query.getOrDefault(name, List.of()).stream().findFirst().map(Long::parseLong);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Bad " + name);
        }
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.unit");
    }
}
