package vn.daotao.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.organisation.PeopleAdminService;
import vn.daotao.organisation.PeopleFilter;
import vn.daotao.organisation.PeopleSort;
import vn.daotao.organisation.PersonRow;
import vn.daotao.organisation.PersonStatus;
import vn.daotao.organisation.UnitAdminService;
import vn.daotao.organisation.UnitOption;
import vn.daotao.security.Role;

/** /admin/people: everyone, searched without minding accents, filtered by unit subtree and status, a page at a time. */
@Route("admin/people")
@Menu(title = "nav.people", order = 84, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class PeopleListView extends Main implements HasDynamicTitle {

    private final PeopleAdminService people;
    private final TextField search = new TextField();
    private final ComboBox<UnitOption> unit = new ComboBox<>();
    private final ComboBox<PersonStatus> status = new ComboBox<>();
    private final Grid<PersonRow> grid = new Grid<>();
    private final Span count = new Span();
    private PeopleFilter filter = PeopleFilter.none();

    PeopleListView(
            PeopleAdminService people, UnitAdminService units, vn.daotao.organisation.DirectorySyncService directory) {
        this.people = people;
        addClassNames("page", "page-fill");
        H2 title = new H2(getTranslation("people.list.title"));
        title.setId("people-title");

        search.setId("people-search");
        search.setPlaceholder(getTranslation("people.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20em");
        unit.setId("people-unit");
        unit.setPlaceholder(getTranslation("people.list.allUnits"));
        unit.setItems(vn.daotao.base.ui.AccentFree.filter(UnitOption::label), units.activeUnits());
        unit.setItemLabelGenerator(u -> "\u00a0\u00a0".repeat(u.depth()) + u.label());
        unit.setClearButtonVisible(true);
        unit.setWidth("20em");
        status.setId("people-status");
        status.setPlaceholder(getTranslation("people.list.allStatuses"));
        status.setItems(Arrays.asList(PersonStatus.values()));
        status.setItemLabelGenerator(s -> PeopleLabels.status(this, s));
        status.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        Button add = new Button(
                getTranslation("people.list.add"),
                VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("admin/people/new")));
        add.setId("people-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor importLink = new Anchor("admin/people/import", getTranslation("people.list.import"));
        importLink.setId("people-import-link");
        importLink.addClassName("button-link");
        Div actions = new Div(add, importLink);
        if (directory.configured()) {
            Anchor directoryLink = new Anchor("admin/people/directory", getTranslation("people.list.directory"));
            directoryLink.setId("people-directory-link");
            directoryLink.addClassName("button-link");
            actions.add(directoryLink);
        }
        actions.addClassName("exports");
        Div filters = new Div(search, unit, status, actions);
        filters.addClassName("filters");

        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        var name = grid.addColumn(PersonRow::fullName)
                .setHeader(getTranslation("people.col.name"))
                .setKey("NAME")
                .setSortable(true)
                .setFlexGrow(1)
                .setWidth("14em")
                .setResizable(true);
        grid.addColumn(PersonRow::username)
                .setHeader(getTranslation("people.col.username"))
                .setKey("USERNAME")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PersonRow::employeeCode)
                .setHeader(getTranslation("people.col.code"))
                .setKey("EMPLOYEE_CODE")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PersonRow::unitName)
                .setHeader(getTranslation("people.col.unit"))
                .setKey("UNIT")
                .setSortable(true)
                .setFlexGrow(1)
                .setWidth("14em")
                .setResizable(true);
        grid.addColumn(r -> roles(r))
                .setHeader(getTranslation("people.col.roles"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(r -> PeopleLabels.badge(this, r.status())))
                .setHeader(getTranslation("people.col.status"))
                .setKey("STATUS")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                q -> people.find(filter, sort(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> people.count(filter));
        grid.sort(GridSortOrder.asc(name).build());
        grid.setPageSize(50);
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("admin/people/" + e.getItem().id())));
        count.setId("people-count");
        count.addClassName("muted");
        add(title, filters, count, grid);
        updateCount();
    }

    private String roles(PersonRow row) {
        return EnumSet.copyOf(row.roles()).stream()
                .map(r -> PeopleLabels.role(this, r))
                .collect(Collectors.joining(", "));
    }

    private static PeopleSort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return PeopleSort.byName();
        }
        QuerySortOrder order = orders.getFirst();
        return new PeopleSort(
                PeopleSort.Column.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING);
    }

    private void refresh() {
        filter = new PeopleFilter(
                search.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(),
                status.getValue());
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("people.list.count", people.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.people");
    }
}
