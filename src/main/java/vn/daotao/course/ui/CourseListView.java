package vn.daotao.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.Badge;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.course.CourseAdminService;
import vn.daotao.course.CourseRow;
import vn.daotao.security.Role;

/** /admin/courses: every course with its latest edition and draft; new courses start here. */
@Route("admin/courses")
@Menu(title = "nav.courses", order = 81, icon = "vaadin:book")
@RolesAllowed(Role.ADMIN_NAME)
class CourseListView extends Main implements HasDynamicTitle {

    private final CourseAdminService courses;

    CourseListView(CourseAdminService courses) {
        this.courses = courses;
        addClassName("page");
        H2 title = new H2(getTranslation("courses.title"));
        title.setId("courses-title");
        Button create = new Button(getTranslation("courses.create"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("course-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div head = new Div(title, create);
        head.addClassName("card-head");

        Grid<CourseRow> grid = new Grid<>();
        grid.setId("courses-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(c -> {
                    RouterLink link = new RouterLink(
                            c.title(), CourseEditorView.class, new RouteParameters("courseId", String.valueOf(c.id())));
                    link.setId("course-open-" + c.code());
                    return link;
                })
                .setHeader(getTranslation("courses.column.title"))
                .setFlexGrow(3);
        grid.addColumn(CourseRow::code)
                .setHeader(getTranslation("courses.column.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(c -> {
                    Div states = new Div();
                    states.addClassName("meta-line");
                    if (c.latestEditionNo() != null) {
                        states.add(new Badge(getTranslation("courses.published", c.latestEditionNo()), "success"));
                    }
                    if (c.draftEditionId() != null) {
                        states.add(new Badge(getTranslation("courses.hasDraft"), "progress"));
                    }
                    return states;
                })
                .setHeader(getTranslation("courses.column.editions"))
                .setAutoWidth(true);
        grid.addColumn(CourseRow::assignments)
                .setHeader(getTranslation("courses.column.assignments"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(courses.courses());
        add(head, grid);
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("courses.create"));
        TextField code = new TextField(getTranslation("courses.field.code"));
        code.setId("course-code");
        code.setHelperText(getTranslation("courses.field.code.help"));
        code.setMaxLength(32);
        TextField name = new TextField(getTranslation("courses.field.title"));
        name.setId("course-title");
        name.setWidthFull();
        name.setMaxLength(CourseAdminService.MAX_TITLE);
        TextArea description = new TextArea(getTranslation("courses.field.description"));
        description.setId("course-description");
        description.setWidthFull();
        description.setMaxLength(CourseAdminService.MAX_SUMMARY);
        Div form = new Div(code, name, description);
        form.addClassName("form-column");
        form.setWidth("min(560px, 80vw)");
        dialog.add(form);
        Button save = new Button(getTranslation("action.create"), e -> {
            try {
                long id = courses.createCourse(code.getValue(), name.getValue(), description.getValue());
                dialog.close();
                getUI().ifPresent(ui ->
                        ui.navigate(CourseEditorView.class, new RouteParameters("courseId", String.valueOf(id))));
            } catch (UserFacingException problem) {
                TextField field = problem.messageKey().startsWith("course.error.code") ? code : name;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
            }
        });
        save.setId("course-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
        code.focus();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.courses");
    }
}
