package vn.daotao.report.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.organisation.OrganisationService;
import vn.daotao.organisation.UnitOverviewRow;
import vn.daotao.security.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The units a head oversees (their own and every sub-unit), with how many people each holds. */
@Route("unit")
@Menu(title = "nav.unit", order = 10, icon = "vaadin:group")
@RolesAllowed({Role.UNIT_HEAD_NAME, Role.ADMIN_NAME})
class UnitDashboardView extends Main implements HasDynamicTitle {

    UnitDashboardView(OrganisationService organisation) {
        addClassName("page");
        List<UnitOverviewRow> units = organisation.myUnitsOverview();
        H2 title = new H2(getTranslation("unit.title"));
        title.setId("unit-title");
        int people = units.stream().filter(u -> u.parentId() == null || units.stream()
                .noneMatch(p -> p.id() == u.parentId())).mapToInt(UnitOverviewRow::totalPeople).sum();
        Paragraph summary = new Paragraph(getTranslation("unit.summary", units.size(), people));
        summary.setId("unit-summary");
        add(title, summary, tree(units));
    }

    private TreeGrid<UnitOverviewRow> tree(List<UnitOverviewRow> units) {
        TreeGrid<UnitOverviewRow> grid = new TreeGrid<>();
        grid.setId("unit-tree");
        grid.addHierarchyColumn(UnitOverviewRow::name).setHeader(getTranslation("unit.col.name"))
                .setWidth("22em").setFlexGrow(3);
        grid.addColumn(UnitOverviewRow::code).setHeader(getTranslation("unit.col.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> u.headNames() == null ? "—" : u.headNames())
                .setHeader(getTranslation("unit.col.heads")).setFlexGrow(2);
        grid.addColumn(UnitOverviewRow::directPeople).setHeader(getTranslation("unit.col.direct"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UnitOverviewRow::totalPeople).setHeader(getTranslation("unit.col.total"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);

        // Rows arrive ordered by path, so a parent always comes before its children.
        TreeData<UnitOverviewRow> data = new TreeData<>();
        Map<Long, UnitOverviewRow> byId = new HashMap<>();
        for (UnitOverviewRow unit : units) {
            UnitOverviewRow parent = unit.parentId() == null ? null : byId.get(unit.parentId());
            data.addItem(parent, unit);
            byId.put(unit.id(), unit);
        }
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expandRecursively(data.getRootItems(), 2);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.unit");
    }
}
