package vn.daotao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The browser's side of one Vaadin UI, without the transport: the CSRF token, UI id, sync id and client id taken
 * from the responses, the state tree they build ({@link UidlTree}), and the UIDL payloads a browser sends for a
 * router link, a click or an answer. {@link UidlSession} sends them with Java's HTTP client, the Gatling
 * simulation with Gatling's.
 */
public final class UidlUi {

    /** The server no longer knows this session (a node failed over, the session expired): sign in again. */
    public static final class SessionLost extends RuntimeException {
        public SessionLost(String message) {
            super(message);
        }
    }

    private static final Pattern QUIZ_ROUTE = Pattern.compile("quiz/(\\d+)");

    private final UidlTree tree = new UidlTree();
    private final String csrf;
    private final int uiId;
    private int syncId;
    private int clientId;
    private String lastBody = "";

    private UidlUi(String csrf, int uiId) {
        this.csrf = csrf;
        this.uiId = uiId;
    }

    /** The UI that a {@code ?v-r=init} response starts. */
    public static UidlUi fromInit(String initBody) {
        JsonNode config = UidlTree.JSON.readTree(initBody).path("appConfig");
        JsonNode uidl = config.get("uidl");
        if (uidl == null || !uidl.has("Vaadin-Security-Key")) {
            throw new SessionLost("no UI: " + abbreviate(initBody));
        }
        UidlUi ui = new UidlUi(
                uidl.get("Vaadin-Security-Key").asString(),
                config.path("v-uiId").asInt(0));
        ui.accept(uidl);
        return ui;
    }

    /** Where UIDL requests of this UI go. */
    public String uidlPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    /** Client-side navigation to a route (a click on a router link). */
    public String navigate(String route) {
        ObjectNode data = UidlTree.JSON.createObjectNode();
        data.put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "client");
        data.putObject("historyState").put("idx", 1);
        return payload(List.of(event(1, "ui-navigate", data)));
    }

    /**
     * A message without invocations. A browser follows every render with a message of its own (the new components'
     * properties and events, e.g. a grid asking for its rows), and Vaadin keeps only the last response of a UI for a
     * resend: this stands for that follow-up where the client has nothing else to say.
     */
    public String settle() {
        return payload(List.of());
    }

    /**
     * A call of a component's published server method, as its client connector makes it ({@code
     * element.$server.method(args)}); e.g. a grid asking for the rows in its viewport with {@code setViewportRange}.
     */
    public String call(String elementId, String method, int... args) {
        ObjectNode call = UidlTree.JSON.createObjectNode();
        call.put("type", "publishedEventHandler")
                .put("node", tree.require(elementId).id())
                .put("templateEventMethodName", method);
        ArrayNode values = call.putArray("templateEventMethodArgs");
        for (int arg : args) {
            values.add(arg);
        }
        call.put("promise", 0);
        return payload(List.of(call));
    }

    /** A click on the element with this id. */
    public String click(String elementId) {
        ObjectNode data = UidlTree.JSON.createObjectNode();
        for (String key : List.of("shiftKey", "metaKey", "ctrlKey", "altKey")) {
            data.put("event." + key, false);
        }
        for (String key : List.of("detail", "clientX", "clientY", "button", "screenX", "screenY")) {
            data.put("event." + key, 0);
        }
        return payload(List.of(event(tree.require(elementId).id(), "click", data)));
    }

    /**
     * Answers question {@code Q} with the options shown as {@code option-Q-K}: a radio group's value set to that
     * radio button's key, a checkbox group's to the keys of the chosen boxes, each synced as the browser does.
     */
    public String answer(int question, int... options) {
        ArrayNode keys = UidlTree.JSON.createArrayNode();
        UidlTree.Node group = null;
        boolean single = false;
        for (int option : options) {
            UidlTree.Node label = tree.require("option-" + question + "-" + option);
            UidlTree.Node item = tree.closest(label, "vaadin-radio-button")
                    .or(() -> tree.closest(label, "vaadin-checkbox"))
                    .orElseThrow(
                            () -> new IllegalStateException("option " + question + "-" + option + " is no choice"));
            single = item.tag().equals("vaadin-radio-button");
            group = tree.closest(item, single ? "vaadin-radio-group" : "vaadin-checkbox-group")
                    .orElseThrow();
            keys.add(item.property("value").orElseThrow(() -> new IllegalStateException("a choice without key")));
        }
        if (group == null || (single && keys.size() != 1)) {
            throw new IllegalArgumentException(
                    "question " + question + ": choose one option, or several of a multiple choice");
        }
        ObjectNode sync = UidlTree.JSON.createObjectNode();
        sync.put("type", "mSync").put("node", group.id()).put("feature", 1).put("property", "value");
        sync.set("value", single ? keys.get(0) : keys);
        // the browser shows the new choice at once; the server's answer may set it back (a refused save)
        group.properties.put("value", single ? keys.get(0) : keys);
        return payload(List.of(sync, event(group.id(), "value-changed", UidlTree.JSON.createObjectNode())));
    }

    /**
     * Takes in a UIDL response: its changes, sync id and client id. Throws {@link SessionLost} when the server
     * says the session expired and {@link IllegalStateException} on an application error.
     */
    public void accept(String kind, String body) {
        JsonNode message = UidlTree.JSON.readTree(body.startsWith("for(;;);") ? body.substring(8) : body);
        if (message.isArray()) {
            message = message.get(0);
        }
        JsonNode meta = message.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new SessionLost(kind + ": the session expired");
        }
        if (message.has("appError") || meta.has("appError")) {
            throw new IllegalStateException(kind + " answered an error: " + abbreviate(body));
        }
        accept(message);
        lastBody = body;
    }

    private void accept(JsonNode message) {
        tree.apply(message);
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
    }

    /** The attempt the page shows or was sent to, read from the last response ({@code quiz/N}). */
    public long attemptIdFromLastResponse() {
        Matcher m = QUIZ_ROUTE.matcher(lastBody);
        if (!m.find()) {
            throw new IllegalStateException("no quiz address in: " + abbreviate(lastBody));
        }
        return Long.parseLong(m.group(1));
    }

    /** The options question {@code Q} shows, in order ({@code option-Q-1}, ...): their texts. */
    public List<String> optionTexts(int question) {
        List<String> texts = new ArrayList<>();
        for (int k = 1; tree.byId("option-" + question + "-" + k).isPresent(); k++) {
            texts.add(tree.text(tree.require("option-" + question + "-" + k)));
        }
        return texts;
    }

    /**
     * The option ({@code K} of {@code option-Q-K}) that question {@code Q}'s radio group shows as chosen, as the
     * server last set or confirmed it; 0 when none.
     */
    public int chosenOption(int question) {
        UidlTree.Node label = tree.require("option-" + question + "-1");
        UidlTree.Node group = tree.closest(label, "vaadin-radio-group")
                .orElseThrow(() -> new IllegalStateException("question " + question + " is no single choice"));
        String value = group.property("value").orElse("");
        for (int k = 1; tree.byId("option-" + question + "-" + k).isPresent(); k++) {
            UidlTree.Node item = tree.closest(tree.require("option-" + question + "-" + k), "vaadin-radio-button")
                    .orElseThrow();
            if (item.property("value").orElse("").equals(value) && !value.isEmpty()) {
                return k;
            }
        }
        return 0;
    }

    /**
     * The same message with this UI's current sync and client ids: a message made before an earlier one was sent
     * again (after a lost answer, see {@link UidlSession}) must follow that one's answer.
     */
    public String restamp(String payload) {
        ObjectNode message = (ObjectNode) UidlTree.JSON.readTree(payload);
        message.put("syncId", syncId).put("clientId", clientId);
        return message.toString();
    }

    /** Whether question {@code Q} allows several options (a checkbox group). */
    public boolean multipleChoice(int question) {
        return tree.closest(tree.require("option-" + question + "-1"), "vaadin-checkbox")
                .isPresent();
    }

    public UidlTree tree() {
        return tree;
    }

    public String lastBody() {
        return lastBody;
    }

    private String payload(List<ObjectNode> invocations) {
        ObjectNode payload = UidlTree.JSON.createObjectNode();
        payload.put("csrfToken", csrf);
        ArrayNode rpc = payload.putArray("rpc");
        invocations.forEach(rpc::add);
        payload.put("syncId", syncId).put("clientId", clientId);
        return payload.toString();
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = UidlTree.JSON.createObjectNode();
        event.put("type", "event").put("node", node).put("event", name).set("data", data);
        return event;
    }

    static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
