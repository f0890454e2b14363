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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.Stat;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.report.ChartImages;
import vn.daotao.report.ChartLabels;
import vn.daotao.report.Dashboard;
import vn.daotao.report.EditionOption;
import vn.daotao.report.Figures;
import vn.daotao.report.ReminderService;
import vn.daotao.report.ReportScope;
import vn.daotao.report.ReportService;
import vn.daotao.report.RosterFilter;
import vn.daotao.report.ScopeUnit;
import vn.daotao.report.SubUnitFigures;
import vn.daotao.security.Role;

/**
 * /unit?unit=..&edition=..: completion in one unit of the viewer's subtree for one course edition, the
 * same split by direct sub-unit (click to drill down), and the people. The unit in the address is
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
        long editionId = param(query, "edition").orElse(editions.getFirst().editionId());
        RosterFilter filter = new RosterFilter(unitId, editionId, null, null, null);
        Dashboard dashboard = reports.dashboard(scope, filter, chartLabels(this), 620, 300);
        List<ScopeUnit> units = reports.scopeUnits(scope);

        ComboBox<ScopeUnit> unitSelect = new ComboBox<>(getTranslation("unit.select"));
        unitSelect.setId("unit-select");
        unitSelect.setItems(units);
        unitSelect.setItemLabelGenerator(u -> "\u2003".repeat(Math.max(0, u.level())) + u.name());
        units.stream().filter(u -> u.id() == unitId).findFirst().ifPresent(unitSelect::setValue);
        unitSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(e.getValue().id(), editionId);
            }
        });
        ComboBox<EditionOption> editionSelect = new ComboBox<>(getTranslation("unit.course"));
        editionSelect.setId("edition-select");
        editionSelect.setItems(editions);
        editionSelect.setItemLabelGenerator(e -> e.title() + " · " + getTranslation("course.edition", e.editionNo()));
        editions.stream().filter(e -> e.editionId() == editionId).findFirst().ifPresent(editionSelect::setValue);
        editionSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(unitId, e.getValue().editionId());
            }
        });
        unitSelect.setWidth("24em");
        editionSelect.setWidth("28em");
        Div selectors = new Div(unitSelect, editionSelect);
        selectors.addClassName("filters");
        add(
                selectors,
                stats(dashboard.figures()),
                charts(dashboard),
                subUnits(dashboard, editionId),
                new RosterGrid(
                        reports,
                        reminders,
                        scope,
                        filter,
                        units.stream().filter(u -> isBelow(units, u, unitId)).toList()));
    }

    private Div stats(Figures f) {
        Div stats = new Div(
                new Stat("stat-assigned", getTranslation("unit.stat.assigned"), f.assigned()),
                new Stat("stat-completed", getTranslation("unit.stat.completed"), f.completed()),
                new Stat("stat-inProgress", getTranslation("unit.stat.inProgress"), f.inProgress()),
                new Stat("stat-notStarted", getTranslation("unit.stat.notStarted"), f.notStarted()),
                new Stat("stat-overdue", getTranslation("unit.stat.overdue"), f.overdue()));
        stats.add(
                new Stat("stat-percent", getTranslation("unit.stat.percent"), Formats.percent(f.percentComplete())),
                new Stat("stat-average", getTranslation("unit.stat.average"), Formats.percent(f.averageScore())));
        stats.addClassNames("stats", "card");
        stats.setId("unit-figures");
        return stats;
    }

    private Div charts(Dashboard dashboard) {
        ChartImages charts = dashboard.charts();
        Image cumulative = new Image(charts.cumulative(), "chart-cumulative.png", getTranslation("chart.cumulative"));
        cumulative.setId("chart-cumulative");
        Image bySubUnit = new Image(charts.bySubUnit(), "chart-subunits.png", getTranslation("chart.bySubUnit"));
        bySubUnit.setId("chart-subunits");
        Div box = new Div(cumulative, bySubUnit);
        box.addClassNames("charts");
        return box;
    }

    static ChartLabels chartLabels(com.vaadin.flow.component.Component view) {
        return new ChartLabels(
                view.getTranslation("chart.cumulative"),
                view.getTranslation("chart.completed"),
                view.getTranslation("chart.assigned"),
                view.getTranslation("chart.due"),
                view.getTranslation("chart.bySubUnit"),
                view.getTranslation("chart.percent"),
                view.getTranslation("unit.directMembers"));
    }

    private Div subUnits(Dashboard dashboard, long editionId) {
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
        grid.setItems(dashboard.subUnits());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> {
            if (e.getItem().unitId() != null) {
                go(e.getItem().unitId(), editionId);
            }
        });
        grid.addClassName("subunit-grid");
        Div box = new Div(new H3(getTranslation("unit.bySubUnit")), grid);
        box.setId("subunits");
        return box;
    }

    private void go(long unitId, long editionId) {
        getUI().ifPresent(ui -> ui.navigate(
                "unit",
                QueryParameters.simple(Map.of("unit", String.valueOf(unitId), "edition", String.valueOf(editionId)))));
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

    private static java.util.Optional<Long> param(Map<String, List<String>> query, String name) {
        try {
            return query.getOrDefault(name, List.of()).stream().findFirst().map(Long::parseLong);
        } catch (NumberFormatException e) {
            throw new com.vaadin.flow.router.NotFoundException("Bad " + name);
        }
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.unit");
    }
}
