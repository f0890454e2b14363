package vn.daotao.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.course.CourseContentService;
import vn.daotao.progress.ManualRecordService;
import vn.daotao.progress.SessionRow;
import vn.daotao.security.Role;

/** /sessions: the in-person sessions of the viewer's units (all for an admin), newest first, and a new one. */
@Route("sessions")
@Menu(title = "nav.sessions", order = 12, icon = "vaadin:presentation")
@RolesAllowed({Role.UNIT_HEAD_NAME, Role.ADMIN_NAME})
class SessionListView extends Main implements HasDynamicTitle {

    SessionListView(ManualRecordService records, CourseContentService content) {
        addClassName("page");
        H2 title = new H2(getTranslation("session.title"));
        title.setId("sessions-title");
        Paragraph intro = new Paragraph(getTranslation("session.intro"));
        intro.addClassName("muted");
        Button create = new Button(
                getTranslation("session.new"),
                VaadinIcon.PLUS.create(),
                e -> new CreateSessionDialog(
                                records, content, id -> getUI().ifPresent(ui -> ui.navigate("sessions/" + id)))
                        .open());
        create.setId("session-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        List<SessionRow> sessions = records.sessions();
        Grid<SessionRow> grid = new Grid<>();
        grid.setId("session-grid");
        grid.addColumn(s -> Formats.date(s.heldOn()))
                .setHeader(getTranslation("session.col.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SessionRow::title)
                .setHeader(getTranslation("session.col.title"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(s -> s.courseTitle() + " · " + getTranslation("course.edition", s.editionNo()))
                .setHeader(getTranslation("session.col.course"))
                .setAutoWidth(true);
        grid.addColumn(SessionRow::unitName)
                .setHeader(getTranslation("session.col.unit"))
                .setAutoWidth(true);
        grid.addColumn(SessionRow::attendees)
                .setHeader(getTranslation("session.col.attendees"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(sessions);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("sessions/" + e.getItem().id())));
        Div box = new Div(grid);
        if (sessions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("session.none"));
            none.setId("sessions-none");
            box = new Div(none);
        }
        add(title, intro, create, box);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.sessions");
    }
}
