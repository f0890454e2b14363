package vn.daotao.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.progress.AssignmentRow;
import vn.daotao.progress.AssignmentService;
import vn.daotao.security.Role;

/** /admin/assignments: every assignment (one row per cycle and target), a new one, and a later due date. */
@Route("admin/assignments")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.assignments", order = 84, icon = "vaadin:calendar-user")
class AssignmentListView extends Main implements HasDynamicTitle {

    private final AssignmentService assignments;
    private final Grid<AssignmentRow> grid = new Grid<>();

    AssignmentListView(AssignmentService assignments) {
        this.assignments = assignments;
        addClassNames("page", "page-fill");
        H2 title = new H2(getTranslation("assignments.title"));
        title.setId("assignments-title");
        Paragraph intro = new Paragraph(getTranslation("assignments.intro"));
        intro.addClassName("muted");
        Button create = new Button(
                getTranslation("assignments.new"),
                VaadinIcon.PLUS.create(),
                e -> new CreateAssignmentDialog(assignments, this::refresh).open());
        create.setId("assignments-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(create);
        bar.addClassName("filters");

        grid.setId("assignments-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.courseTitle() + " · " + getTranslation("course.edition", r.editionNo()))
                .setHeader(getTranslation("assignments.col.course"))
                .setFlexGrow(3);
        grid.addColumn(this::target)
                .setHeader(getTranslation("assignments.col.target"))
                .setFlexGrow(3);
        grid.addColumn(r -> Formats.date(r.periodStart()))
                .setHeader(getTranslation("assignments.col.start"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> Formats.date(r.dueDate()))
                .setHeader(getTranslation("assignments.col.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation(
                        "assignments.recurrence." + r.recurrence().name()))
                .setHeader(getTranslation("assignments.col.recurrence"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AssignmentRow::reach)
                .setHeader(getTranslation("assignments.col.reach"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::editButton)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                q -> assignments.assignments(q.getOffset(), q.getLimit()).stream(),
                q -> assignments.countAssignments());
        add(title, intro, bar, grid);
    }

    private String target(AssignmentRow r) {
        if (r.unitId() != null) {
            return r.includeSubunits()
                    ? getTranslation("assignments.target.unitWithSub", r.unitName())
                    : getTranslation("assignments.target.unit", r.unitName());
        }
        return r.employeeCode() == null ? r.personName() : r.personName() + " (" + r.employeeCode() + ")";
    }

    private Button editButton(AssignmentRow r) {
        Button edit = new Button(
                VaadinIcon.CALENDAR_CLOCK.create(), e -> new ChangeDueDateDialog(assignments, r, this::refresh).open());
        edit.setId("assignment-edit-" + r.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("assignments.editDue"));
        edit.setTooltipText(getTranslation("assignments.editDue"));
        return edit;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.assignments");
    }
}
