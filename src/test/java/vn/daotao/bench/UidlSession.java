package vn.daotao.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One learner's browser tab, speaking the browser's own protocol to the app: the sign-in form, then Vaadin's
 * UI init and UIDL requests, with the CSRF token, sync id and client id taken from the responses and component
 * node ids found in the state tree the responses build ({@link UidlTree}), as Flow's client does. Cookies
 * (the session and a load balancer's sticky cookie) are kept per learner. Each request is timed into the
 * {@link Recorder} under its kind.
 *
 * <p>Not thread-safe: one learner, one thread at a time, as a browser sends one UIDL request at a time.
 */
public final class UidlSession {

    /** Where the request times go: the kind of request, its duration and whether it succeeded. */
    public interface Recorder {
        void record(String kind, long nanos, boolean ok);
    }

    /** The server no longer knows this session (a node failed over, the session expired): sign in again. */
    public static final class SessionLost extends RuntimeException {
        SessionLost(String message) {
            super(message);
        }
    }

    private static final Pattern COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");
    private static final Pattern QUIZ_ROUTE = Pattern.compile("quiz/(\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("uidl.timeoutSeconds", 60));

    private final HttpClient http;
    private final String base;
    private final Recorder recorder;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private UidlTree tree;
    private String csrf;
    private int uiId;
    private int syncId;
    private int clientId;
    private String lastBody = "";

    public UidlSession(HttpClient http, String base, Recorder recorder) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.recorder = recorder;
    }

    /** Signs in with the form as a browser posts it (its Origin is checked instead of a token); false when refused. */
    public boolean signIn(String username, String password) {
        cookies.remove("JSESSIONID");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(
                "sign-in",
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base)
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        return response.statusCode() == 302 && !location.contains("error") && cookies.containsKey("JSESSIONID");
    }

    /** Loads the page and starts Vaadin's UI on it (the bootstrap page, then {@code v-r=init}), at {@code route}. */
    public void openApp(String kind, String route) {
        send(kind + " (page)", request("/" + route).GET());
        HttpResponse<String> init = send(
                kind,
                request("/" + route + "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8))
                        .GET());
        if (init.statusCode() != 200) {
            throw new SessionLost(kind + " answered " + init.statusCode() + " (signed out)");
        }
        JsonNode config = parse(init.body()).path("appConfig");
        JsonNode uidl = config.get("uidl");
        if (uidl == null || !uidl.has("Vaadin-Security-Key")) {
            throw new SessionLost("no UI: " + abbreviate(init.body()));
        }
        csrf = uidl.get("Vaadin-Security-Key").asString();
        uiId = config.path("v-uiId").asInt(0);
        tree = new UidlTree();
        syncId = 0;
        clientId = 0;
        accept(uidl);
    }

    /** Client-side navigation to a route (a click on a router link). */
    public String navigate(String kind, String route) {
        ObjectNode data = UidlTree.JSON.createObjectNode();
        data.put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "client");
        data.putObject("historyState").put("idx", 1);
        return rpc(kind, List.of(event(1, "ui-navigate", data)));
    }

    /** A click on the element with this id. */
    public String click(String kind, String elementId) {
        ObjectNode data = UidlTree.JSON.createObjectNode();
        for (String key : List.of("shiftKey", "metaKey", "ctrlKey", "altKey")) {
            data.put("event." + key, false);
        }
        for (String key : List.of("detail", "clientX", "clientY", "button", "screenX", "screenY")) {
            data.put("event." + key, 0);
        }
        return rpc(kind, List.of(event(tree.require(elementId).id(), "click", data)));
    }

    /**
     * Answers question {@code Q} with the options shown as {@code option-Q-K}: a radio group's value set to that
     * radio button's key, a checkbox group's to the keys of the chosen boxes, each synced as the browser does.
     */
    public String answer(String kind, int question, int... options) {
        ObjectNode sync = UidlTree.JSON.createObjectNode();
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
        sync.put("type", "mSync").put("node", group.id()).put("feature", 1).put("property", "value");
        if (single) {
            sync.set("value", keys.get(0));
        } else {
            sync.set("value", keys);
        }
        return rpc(kind, List.of(sync, event(group.id(), "value-changed", UidlTree.JSON.createObjectNode())));
    }

    /** The options question {@code Q} shows, in order ({@code option-Q-1}, ...): their texts. */
    public List<String> optionTexts(int question) {
        List<String> texts = new java.util.ArrayList<>();
        for (int k = 1; tree.byId("option-" + question + "-" + k).isPresent(); k++) {
            texts.add(tree.text(tree.require("option-" + question + "-" + k)));
        }
        return texts;
    }

    /** Whether question {@code Q} allows several options (a checkbox group). */
    public boolean multipleChoice(int question) {
        return tree.closest(tree.require("option-" + question + "-1"), "vaadin-checkbox")
                .isPresent();
    }

    /** The attempt the page shows or was sent to, read from the last response ({@code quiz/N}). */
    public long attemptIdFromLastResponse() {
        Matcher m = QUIZ_ROUTE.matcher(lastBody);
        if (!m.find()) {
            throw new IllegalStateException("no quiz address in: " + abbreviate(lastBody));
        }
        return Long.parseLong(m.group(1));
    }

    public UidlTree tree() {
        return tree;
    }

    public String lastBody() {
        return lastBody;
    }

    /** A cookie the browser holds (the session, a load balancer's), or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = UidlTree.JSON.createObjectNode();
        event.put("type", "event").put("node", node).put("event", name).set("data", data);
        return event;
    }

    private String rpc(String kind, List<ObjectNode> invocations) {
        ObjectNode payload = UidlTree.JSON.createObjectNode();
        payload.put("csrfToken", csrf);
        ArrayNode rpc = payload.putArray("rpc");
        invocations.forEach(rpc::add);
        payload.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(
                kind,
                request("/?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(payload.toString())));
        String body = response.body();
        if (response.statusCode() == 302) {
            throw new SessionLost(kind + " was sent to "
                    + response.headers().firstValue("Location").orElse("?"));
        }
        JsonNode message = parse(body.startsWith("for(;;);") ? body.substring(8) : body);
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
        return body;
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

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ")
                    .append(k)
                    .append('=')
                    .append(v));
            builder.header("Cookie", header.toString());
        }
        return builder;
    }

    private HttpResponse<String> send(String kind, HttpRequest.Builder request) {
        long start = System.nanoTime();
        boolean ok = false;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                Matcher m = COOKIE.matcher(header);
                if (m.find()) {
                    if (header.toLowerCase().contains("max-age=0")) {
                        cookies.remove(m.group(1));
                    } else {
                        cookies.put(m.group(1), m.group(2));
                    }
                }
            }
            if (response.statusCode() == 401) {
                throw new SessionLost(kind + " answered 401: signed out");
            }
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(kind + " answered HTTP " + response.statusCode() + ": "
                        + response.body()
                                .substring(0, Math.min(4000, response.body().length())));
            }
            ok = true;
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(kind + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(kind + " interrupted", e);
        } finally {
            recorder.record(kind, System.nanoTime() - start, ok);
        }
    }

    private static JsonNode parse(String json) {
        return UidlTree.JSON.readTree(json);
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}
