package vn.daotao.course.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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

        // The four parts as toggle buttons over one panel each: a plain group of buttons that says which part is
        // shown (aria-pressed), as Vaadin's tab bar carries an element a tab list may not (axe-core, WCAG 4.1.2).
        Div bar = new Div();
        bar.setId("module-tabs");
        bar.addClassName("part-switch");
        bar.getElement().setAttribute("role", "group");
        bar.getElement().setAttribute("aria-label", getTranslation("moduleEditor.parts"));
        Div panels = new Div();
        panels.setWidthFull();
        QuestionBankPanel questions = new QuestionBankPanel(bank, imports, moduleId, module.draft());
        QuizSettingsPanel quiz = new QuizSettingsPanel(modules, moduleId, module.draft());
        questions.onChange(quiz::refreshWarning);
        part(
                bar,
                panels,
                "tab-sections",
                "moduleEditor.tab.sections",
                new SectionsPanel(courses, moduleId, module.draft()));
        part(
                bar,
                panels,
                "tab-attachments",
                "moduleEditor.tab.attachments",
                new AttachmentsPanel(attachments, moduleId, module.draft()));
        part(bar, panels, "tab-questions", "moduleEditor.tab.questions", questions);
        part(bar, panels, "tab-quiz", "moduleEditor.tab.quiz", quiz);
        show(bar, panels, 0);
        add(bar, panels);
    }

    private void part(Div bar, Div panels, String id, String key, com.vaadin.flow.component.Component content) {
        com.vaadin.flow.component.html.NativeButton button =
                new com.vaadin.flow.component.html.NativeButton(getTranslation(key));
        button.setId(id);
        button.addClassName("part-button");
        int index = bar.getComponentCount();
        button.addClickListener(e -> show(bar, panels, index));
        bar.add(button);
        Div panel = new Div(content);
        panel.setId(id + "-panel");
        panel.setWidthFull();
        panels.add(panel);
    }

    private static void show(Div bar, Div panels, int index) {
        for (int i = 0; i < bar.getComponentCount(); i++) {
            var button = bar.getComponentAt(i).getElement();
            boolean chosen = i == index;
            button.setAttribute("aria-pressed", String.valueOf(chosen));
            if (chosen) {
                button.setAttribute("selected", "");
            } else {
                button.removeAttribute("selected");
            }
            panels.getComponentAt(i).setVisible(chosen);
        }
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.named(this, title, "moduleEditor.title");
    }
}
