package vn.daotao.course.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.daotao.base.ui.Badge;
import vn.daotao.base.ui.RouteParams;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.course.AttachmentService;
import vn.daotao.course.CourseAdminService;
import vn.daotao.course.ModuleAdminService;
import vn.daotao.course.ModuleHeader;
import vn.daotao.course.QuestionBankService;
import vn.daotao.course.QuestionImportService;
import vn.daotao.security.Role;

/**
 * /admin/modules/{moduleId}: one module's content, files, question bank and quiz settings, editable
 * while its edition is a draft and read-only once published.
 */
@Route("admin/modules/:moduleId")
@RolesAllowed(Role.ADMIN_NAME)
class ModuleEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ModuleAdminService modules;
    private final CourseAdminService courses;
    private final AttachmentService attachments;
    private final QuestionBankService bank;
    private final QuestionImportService imports;
    private String title = "";

    ModuleEditorView(
            ModuleAdminService modules,
            CourseAdminService courses,
            AttachmentService attachments,
            QuestionBankService bank,
            QuestionImportService imports) {
        this.modules = modules;
        this.courses = courses;
        this.attachments = attachments;
        this.bank = bank;
        this.imports = imports;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long moduleId = RouteParams.id(event, "moduleId");
        ModuleHeader module = modules.header(moduleId).orElseThrow(NotFoundException::new);
        title = module.title();
        removeAll();

        Anchor back = new Anchor("admin/courses/" + module.courseId(), "‹ " + module.courseTitle());
        back.setId("module-back");
        back.addClassName("back-link");
        H2 heading = new H2(module.title());
        heading.setId("module-editor-title");
        Span position = new Span(getTranslation("moduleEditor.position", module.position(), module.courseTitle()));
        position.addClassName("muted");
        Badge state = module.draft()
                ? new Badge(getTranslation("moduleEditor.draft"), "progress")
                : new Badge(getTranslation("moduleEditor.published"), "success");
        state.setId("module-editor-state");
        Div meta = new Div(position, state);
        meta.addClassName("meta-line");
        add(back, heading, meta);
        if (!module.draft()) {
            Div readOnly = new Div(VaadinIcon.LOCK.create(), new Span(getTranslation("moduleEditor.readOnly")));
            readOnly.addClassNames("banner", "banner-info");
            readOnly.setId("module-read-only");
            add(readOnly);
        }

        TabSheet tabs = new TabSheet();
        tabs.setId("module-tabs");
        tabs.setWidthFull();
        tab(tabs, "tab-sections", "moduleEditor.tab.sections", new SectionsPanel(courses, moduleId, module.draft()));
        tab(
                tabs,
                "tab-attachments",
                "moduleEditor.tab.attachments",
                new AttachmentsPanel(attachments, moduleId, module.draft()));
        QuestionBankPanel questions = new QuestionBankPanel(bank, imports, moduleId, module.draft());
        QuizSettingsPanel quiz = new QuizSettingsPanel(modules, moduleId, module.draft());
        questions.onChange(quiz::refreshWarning);
        tab(tabs, "tab-questions", "moduleEditor.tab.questions", questions);
        tab(tabs, "tab-quiz", "moduleEditor.tab.quiz", quiz);
        add(tabs);
    }

    private void tab(TabSheet tabs, String id, String key, com.vaadin.flow.component.Component content) {
        Tab tab = tabs.add(getTranslation(key), content);
        tab.setId(id);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.named(this, title, "moduleEditor.title");
    }
}
