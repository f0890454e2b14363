package vn.daotao.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.function.Function;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditFilter;
import vn.daotao.audit.AuditQuery;
import vn.daotao.audit.AuditRow;
import vn.daotao.base.ui.DatePickers;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.security.Role;

/** Who did what and when, newest first, loaded a page at a time. */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 90, icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_NAME)
class AuditLogView extends Main implements HasDynamicTitle {

    private final TextField actor = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = DatePickers.localised(new DatePicker());
    private final DatePicker to = DatePickers.localised(new DatePicker());

    AuditLogView(AuditQuery auditQuery) {
        addClassName("page");
        H2 title = new H2(getTranslation("audit.title"));
        title.setId("audit-title");

        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setId("audit-filter-actor");
        actor.setPrefixComponent(VaadinIcon.SEARCH.create());
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.filter.action"));
        action.setId("audit-filter-action");
        action.setItems(Arrays.asList(AuditAction.values()));
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.filter.from"));
        from.setId("audit-filter-from");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setId("audit-filter-to");
        Div filters = new Div(actor, action, from, to);
        filters.addClassName("filters");

        Grid<AuditRow> grid = new Grid<>();
        grid.setId("audit-grid");
        // Details wrap onto several lines rather than vanish behind an ellipsis; the dialog shows them in full.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("audit-grid");
        grid.addColumn(AuditFormat::when)
                .setHeader(getTranslation("audit.col.when"))
                .setWidth("10.5em")
                .setFlexGrow(0);
        grid.addColumn(r -> AuditFormat.actor(r, this))
                .setHeader(getTranslation("audit.col.actor"))
                .setWidth("12em")
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("audit.action." + r.action().name()))
                .setHeader(getTranslation("audit.col.action"))
                .setWidth("11em")
                .setFlexGrow(0);
        Function<String, String> labels = AuditLabels.of(this);
        grid.addColumn(r -> AuditFormat.target(r, labels))
                .setHeader(getTranslation("audit.col.target"))
                .setWidth("9em")
                .setFlexGrow(0);
        grid.addColumn(r -> AuditFormat.summary(r.details(), labels))
                .setHeader(getTranslation("audit.col.details"))
                .setWidth("16em")
                .setFlexGrow(1);
        grid.addColumn(r -> nullToEmpty(r.remoteAddress()))
                .setHeader(getTranslation("audit.col.address"))
                .setWidth("8em")
                .setFlexGrow(0);

        ConfigurableFilterDataProvider<AuditRow, Void, AuditFilter> provider = new CallbackDataProvider<
                        AuditRow, AuditFilter>(
                        q ->
                                auditQuery
                                        .find(q.getFilter().orElse(AuditFilter.none()), q.getOffset(), q.getLimit())
                                        .stream(),
                        q -> auditQuery.count(q.getFilter().orElse(AuditFilter.none())))
                .withConfigurableFilter();
        grid.setItems(provider);
        grid.addItemClickListener(e -> new AuditDetailsDialog(e.getItem(), labels).open());
        Runnable refresh = () -> provider.setFilter(
                new AuditFilter(actor.getValue(), action.getValue(), from.getValue(), to.getValue()));
        actor.addValueChangeListener(e -> refresh.run());
        action.addValueChangeListener(e -> refresh.run());
        from.addValueChangeListener(e -> refresh.run());
        to.addValueChangeListener(e -> refresh.run());
        Span hint = new Span(getTranslation("audit.details.hint"));
        hint.addClassName("muted");
        add(title, filters, hint, grid);
        addClassName("page-fill");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.audit");
    }
}
