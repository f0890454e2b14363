package vn.daotao.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import vn.daotao.audit.AuditRow;

/** One audit event in full: who, what, when, the target, and each changed field as "before → after". */
class AuditDetailsDialog extends Dialog {

    AuditDetailsDialog(AuditRow row, Function<String, String> translate) {
        setId("audit-details");
        setHeaderTitle(getTranslation("audit.action." + row.action().name()));
        setWidth("min(720px, 96vw)");
        Div facts = new Div(
                fact("audit.col.when", AuditFormat.when(row), "audit-details-when"),
                fact("audit.col.actor", AuditFormat.actor(row, this), "audit-details-actor"),
                fact("audit.col.target", AuditFormat.target(row, translate), "audit-details-target"),
                fact(
                        "audit.col.address",
                        row.remoteAddress() == null ? "—" : row.remoteAddress(),
                        "audit-details-address"));
        add(facts);

        List<AuditFormat.Line> lines = AuditFormat.lines(row.details(), translate);
        List<AuditFormat.Line> changes =
                lines.stream().filter(AuditFormat.Line::change).toList();
        List<AuditFormat.Line> others = lines.stream().filter(l -> !l.change()).toList();
        if (!changes.isEmpty()) {
            Div table = new Div(head("audit.details.field"), head("audit.details.before"), head("audit.details.after"));
            table.setId("audit-details-changes");
            table.addClassName("audit-changes");
            for (AuditFormat.Line line : changes) {
                Span label = new Span(line.label());
                label.addClassName("field-label");
                label.setTitle(line.key());
                Span before = new Span(line.before());
                before.addClassName("audit-before");
                Span after = new Span(line.after());
                after.addClassName("audit-after");
                after.setId("audit-change-" + line.key());
                table.add(label, before, after);
            }
            add(table);
        }
        for (AuditFormat.Line line : others) {
            Div fact = fact(null, line.after(), null);
            ((Span) fact.getComponentAt(0)).setText(line.label());
            add(fact);
        }
        if (lines.isEmpty()) {
            Span none = new Span(getTranslation("audit.details.none"));
            none.addClassName("muted");
            add(none);
        }
        Button close = new Button(getTranslation("audit.details.close"), e -> close());
        close.setId("audit-details-close");
        getFooter().add(close);
    }

    private Div fact(String labelKey, String value, String id) {
        Span label = new Span(labelKey == null ? "" : getTranslation(labelKey));
        label.addClassName("field-label");
        Span text = new Span(value);
        text.addClassName("field-value");
        if (id != null) {
            text.setId(id);
        }
        Div row = new Div(label, text);
        row.addClassName("field-row");
        return row;
    }

    private Span head(String key) {
        Span head = new Span(getTranslation(key));
        head.addClassName("audit-changes-head");
        return head;
    }
}
