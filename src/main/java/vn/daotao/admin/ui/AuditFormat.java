package vn.daotao.admin.ui;

import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.daotao.audit.AuditRow;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.TimeConfiguration;

final class AuditFormat {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(TimeConfiguration.ZONE);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE_VALUE = Pattern.compile("[A-Z][A-Z_]{1,40}|true|false");
    private static final String NONE = "—";

    private AuditFormat() {}

    /**
     * One line of an event's details: a changed field ({@code change}: before → after) or a plain fact
     * (only {@code after}). {@code label} is the readable name when the field is known, the raw key otherwise.
     */
    record Line(String key, String label, String before, String after, boolean change) {

        String text() {
            return change ? label + ": " + before + " → " + after : label + ": " + after;
        }
    }

    static String when(AuditRow row) {
        return WHEN.format(row.occurredAt());
    }

    static String actor(AuditRow row, Component view) {
        if (row.actorUsername() == null) {
            return view.getTranslation("audit.actor.none");
        }
        return row.actorFullName() == null
                ? row.actorUsername()
                : row.actorFullName() + " (" + row.actorUsername() + ")";
    }

    /**
     * The details of an event as lines: every field of "before"/"after" as one change, then the other facts.
     * {@code translate} answers a translation for an i18n key, or null when there is none; field labels are
     * looked up as {@code audit.field.<key>}, coded values (YEARLY, true) as {@code audit.value.<value>}.
     */
    static List<Line> lines(String detailsJson, Function<String, String> translate) {
        JsonNode root = parse(detailsJson);
        List<Line> lines = new ArrayList<>();
        if (root == null || !root.isObject()) {
            if (root != null && !root.isNull()) {
                lines.add(new Line("", "", null, value(root, "", translate), false));
            }
            return lines;
        }
        JsonNode before = root.get("before");
        JsonNode after = root.get("after");
        boolean changes = (before != null && before.isObject()) || (after != null && after.isObject());
        if (changes) {
            Set<String> keys = new LinkedHashSet<>();
            if (after != null && after.isObject()) {
                keys.addAll(after.propertyNames());
            }
            if (before != null && before.isObject()) {
                keys.addAll(before.propertyNames());
            }
            for (String key : keys) {
                lines.add(new Line(
                        key,
                        label(key, translate),
                        value(before == null ? null : before.get(key), key, translate),
                        value(after == null ? null : after.get(key), key, translate),
                        true));
            }
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (changes && (e.getKey().equals("before") || e.getKey().equals("after"))) {
                continue;
            }
            lines.add(new Line(
                    e.getKey(), label(e.getKey(), translate), null, value(e.getValue(), e.getKey(), translate), false));
        }
        return lines;
    }

    /** The lines on one row, for the grid, long values (hashes) shortened; the dialog shows them in full. */
    static String summary(String detailsJson, Function<String, String> translate) {
        String text = String.join(
                "; ",
                lines(detailsJson, translate).stream()
                        .map(l -> new Line(
                                        l.key(), l.label(), shorten(l.before(), 48), shorten(l.after(), 48), l.change())
                                .text())
                        .toList());
        return shorten(text, 300);
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** "CERTIFICATE_TEMPLATE 1" with the type's readable name when known. */
    static String target(AuditRow row, Function<String, String> translate) {
        if (row.targetType() == null) {
            return "";
        }
        String name = AuditTarget.fromStored(row.targetType()).map(Enum::name).orElse(row.targetType());
        String type = translate.apply("audit.target." + name);
        return (type == null ? row.targetType() : type) + (row.targetId() == null ? "" : " #" + row.targetId());
    }

    private static String label(String key, Function<String, String> translate) {
        String label = translate.apply("audit.field." + key);
        return label == null ? key : label;
    }

    /**
     * A value as people read it: a coded value (ROW_CHANGED, AFTER_PASS, true) by the field's own word
     * ({@code audit.value.<field>.<value>}, as NONE means "once" for a recurrence but "nothing" for a review
     * policy), else the common one ({@code audit.value.<value>}), roles by their names; a list value by value.
     */
    private static String value(JsonNode node, String key, Function<String, String> translate) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NONE;
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(element -> parts.add(value(element, key, translate)));
            return parts.isEmpty() ? NONE : String.join(", ", parts);
        }
        String text = node.isValueNode() ? node.asString() : node.toString();
        if (text.isEmpty()) {
            return NONE;
        }
        if ("roles".equals(key) && text.contains(",")) {
            // roles are stored as one text, "EMPLOYEE,ADMIN"
            List<String> parts = new ArrayList<>();
            for (String role : text.split(",")) {
                parts.add(value(JSON.getNodeFactory().stringNode(role.strip()), key, translate));
            }
            return String.join(", ", parts);
        }
        if (CODE_VALUE.matcher(text).matches()) {
            for (String candidate : new String[] {
                "audit.value." + key + "." + text, "audit.value." + text, "roles".equals(key) ? "role." + text : null
            }) {
                String readable = candidate == null ? null : translate.apply(candidate);
                if (readable != null) {
                    return readable;
                }
            }
        }
        return text;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            return JSON.getNodeFactory().stringNode(json);
        }
    }
}
