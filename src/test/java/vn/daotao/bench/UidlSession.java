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

/**
 * One learner's browser tab, speaking the browser's own protocol to the app: the sign-in form, then Vaadin's
 * UI init and UIDL requests ({@link UidlUi} keeps the token, ids and state tree). A session the server no
 * longer knows raises {@link UidlUi.SessionLost}. Cookies (the session and a
 * load balancer's sticky cookie) are kept per learner. Each request is timed into the {@link Recorder} under
 * its kind.
 *
 * <p>Not thread-safe: one learner, one thread at a time, as a browser sends one UIDL request at a time.
 */
public final class UidlSession {

    /** Where the request times go: the kind of request, its duration and whether it succeeded. */
    public interface Recorder {
        void record(String kind, long nanos, boolean ok);
    }

    private static final Pattern COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");
    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("uidl.timeoutSeconds", 60));

    private final HttpClient http;
    private final String base;
    private final Recorder recorder;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private UidlUi ui;
    /**
     * A message whose answer never arrived (the connection broke, a proxy answered instead): the server may or may
     * not have taken it in. A browser sends it again, unchanged, before anything else, and Vaadin answers a message
     * it already took in with its last answer instead of taking it in twice.
     */
    private String unanswered;

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
            throw new UidlUi.SessionLost(kind + " answered " + init.statusCode() + " (signed out)");
        }
        ui = UidlUi.fromInit(init.body());
        unanswered = null;
    }

    /** Client-side navigation to a route (a click on a router link). */
    public String navigate(String kind, String route) {
        return rpc(kind, ui.navigate(route));
    }

    /** The browser's follow-up message after a render ({@link UidlUi#settle}). */
    public String settle(String kind) {
        return rpc(kind, ui.settle());
    }

    /** A component's published server method called by its client connector ({@link UidlUi#call}). */
    public String call(String kind, String elementId, String method, int... args) {
        return rpc(kind, ui.call(elementId, method, args));
    }

    /** A click on the element with this id. */
    public String click(String kind, String elementId) {
        return rpc(kind, ui.click(elementId));
    }

    /** Answers question {@code Q} with the options shown as {@code option-Q-K} ({@link UidlUi#answer}). */
    public String answer(String kind, int question, int... options) {
        return rpc(kind, ui.answer(question, options));
    }

    public List<String> optionTexts(int question) {
        return ui.optionTexts(question);
    }

    public int chosenOption(int question) {
        return ui.chosenOption(question);
    }

    public boolean multipleChoice(int question) {
        return ui.multipleChoice(question);
    }

    public long attemptIdFromLastResponse() {
        return ui.attemptIdFromLastResponse();
    }

    public UidlTree tree() {
        return ui.tree();
    }

    /** A cookie the browser holds (the session, a load balancer's), or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    private String rpc(String kind, String payload) {
        if (unanswered != null) {
            post(kind + ", the last message again", unanswered);
            payload = ui.restamp(payload);
        }
        return post(kind, payload);
    }

    private String post(String kind, String payload) {
        HttpResponse<String> response;
        try {
            unanswered = null;
            response = send(
                    kind,
                    request(ui.uidlPath())
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(payload)));
        } catch (UidlUi.SessionLost e) {
            throw e;
        } catch (RuntimeException e) {
            unanswered = payload;
            throw e;
        }
        if (response.statusCode() == 302) {
            throw new UidlUi.SessionLost(kind + " was sent to "
                    + response.headers().firstValue("Location").orElse("?"));
        }
        ui.accept(kind, response.body());
        return response.body();
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
                throw new UidlUi.SessionLost(kind + " answered 401: signed out");
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
}
