package vn.daotao.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.daotao.base.ui.Badge;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.organisation.UnitAdminService;
import vn.daotao.organisation.UnitNode;
import vn.daotao.security.Role;

/** /admin/units: the whole unit tree, active or not; add, rename, move, deactivate, reactivate. */
@Route("admin/units")
@Menu(title = "nav.units", order = 82, icon = "vaadin:sitemap")
@RolesAllowed(Role.ADMIN_NAME)
class UnitTreeView extends Main implements HasDynamicTitle {

    private final UnitAdminService units;
    private final TreeGrid<UnitNode> grid = new TreeGrid<>();
    private final Button add = button("unit-add", "people.units.add", VaadinIcon.PLUS);
    private final Button edit = button("unit-edit", "people.units.edit", VaadinIcon.EDIT);
    private final Button move = button("unit-move", "people.units.move", VaadinIcon.EXCHANGE);
    private final Button deactivate = button("unit-deactivate", "people.units.deactivate", VaadinIcon.BAN);
    private final Button reactivate = button("unit-reactivate", "people.units.reactivate", VaadinIcon.CHECK);

    UnitTreeView(UnitAdminService units) {
        this.units = units;
        addClassNames("page", "page-fill");
        H2 title = new H2(getTranslation("people.units.title"));
        title.setId("units-title");
        Paragraph help = new Paragraph(getTranslation("people.units.help"));
        help.addClassName("muted");

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add.addClickListener(e -> selected(node -> new UnitDialog(units, node, null, this::reload).open()));
        edit.addClickListener(e -> selected(node -> new UnitDialog(units, null, node, this::reload).open()));
        move.addClickListener(e -> selected(node -> new MoveUnitDialog(units, node, this::reload).open()));
        deactivate.addClickListener(e -> selected(this::confirmDeactivate));
        reactivate.addClickListener(e -> selected(node -> {
            units.reactivate(node.id());
            done("people.units.reactivated", node.name());
        }));
        Div actions = new Div(add, edit, move, deactivate, reactivate);
        actions.addClassName("filters");

        grid.setId("unit-tree");
        grid.addHierarchyColumn(UnitNode::name)
                .setHeader(getTranslation("people.units.col.name"))
                .setFlexGrow(1)
                .setWidth("24em")
                .setResizable(true);
        grid.addColumn(UnitNode::code)
                .setHeader(getTranslation("people.units.col.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(UnitNode::directPeople)
                .setHeader(getTranslation("people.units.col.direct"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitNode::totalPeople)
                .setHeader(getTranslation("people.units.col.total"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(new ComponentRenderer<>(n -> n.active()
                        ? new Badge(getTranslation("people.units.active"), "success")
                        : new Badge(getTranslation("people.units.inactive"), "neutral")))
                .setHeader(getTranslation("people.units.col.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(n -> n.active() ? null : "unit-inactive");
        grid.asSingleSelect().addValueChangeListener(e -> updateButtons(e.getValue()));
        add(title, help, actions, grid);
        reload(null);
    }

    /** Rebuilds the tree (counts change with every edit), keeping expansion and re-selecting {@code selectId}. */
    private void reload(Long selectId) {
        List<UnitNode> nodes = units.tree();
        TreeData<UnitNode> data = new TreeData<>();
        Map<Long, UnitNode> byId = new HashMap<>();
        for (UnitNode node : nodes) {
            byId.put(node.id(), node);
            data.addItem(node.parentId() == null ? null : byId.get(node.parentId()), node);
        }
        grid.setDataProvider(new TreeDataProvider<>(data));
        // Open the top two levels; a deeper selection opens its ancestors.
        grid.expand(nodes.stream().filter(n -> n.depth() < 1).toList());
        UnitNode select = selectId == null ? null : byId.get(selectId);
        if (select != null) {
            for (UnitNode p = byId.get(select.parentId()); p != null; p = byId.get(p.parentId())) {
                grid.expand(p);
            }
            grid.select(select);
            grid.scrollToItem(select);
        }
        updateButtons(select);
    }

    private void updateButtons(UnitNode node) {
        add.setEnabled(node == null || node.active());
        edit.setEnabled(node != null);
        move.setEnabled(node != null && node.parentId() != null);
        deactivate.setEnabled(node != null && node.active());
        reactivate.setEnabled(node != null && !node.active());
    }

    private void selected(java.util.function.Consumer<UnitNode> action) {
        UnitNode node = grid.asSingleSelect().getValue();
        if (node == null && grid.getTreeData().getRootItems().size() == 1) {
            node = grid.getTreeData().getRootItems().getFirst();
        }
        if (node == null) {
            Notification.show(getTranslation("people.units.selectFirst"), 4000, Notification.Position.TOP_CENTER);
            return;
        }
        action.accept(node);
    }

    private void confirmDeactivate(UnitNode node) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("unit-deactivate-confirm");
        dialog.setHeader(getTranslation("people.units.deactivate.title", node.name()));
        dialog.setText(getTranslation("people.units.deactivate.text"));
        Button ok = new Button(getTranslation("people.units.deactivate"));
        ok.setId("unit-deactivate-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        ok.addClickListener(e -> {
            dialog.close();
            units.deactivate(node.id());
            done("people.units.deactivated", node.name());
        });
        dialog.setConfirmButton(ok);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void done(String key, String name) {
        UnitNode node = grid.asSingleSelect().getValue();
        reload(node == null ? null : node.id());
        Notification.show(getTranslation(key, name), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private Button button(String id, String key, VaadinIcon icon) {
        Button b = new Button(getTranslation(key), icon.create());
        b.setId(id);
        return b;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.units");
    }
}
