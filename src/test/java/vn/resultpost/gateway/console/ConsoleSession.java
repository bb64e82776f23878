package vn.resultpost.gateway.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A browser-like HTTP session of the console: cookies kept, redirects not followed, CSRF token at hand. */
public final class ConsoleSession {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public ConsoleSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the login form; returns the answer to the form's POST. */
    public HttpResponse<String> login(String user, String password) {
        get("/console/login");
        return post("/console/login", Map.of("username", user, "password", password), true);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** A form POST, with the CSRF token in the X-XSRF-TOKEN header (as Hawtio sends it) when {@code withCsrf}. */
    HttpResponse<String> post(String path, Map<String, String> form, boolean withCsrf) {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (withCsrf) {
            request.header("X-XSRF-TOKEN", csrf());
        }
        return send(request.build());
    }

    /** A JSON POST (Jolokia), with or without the CSRF header. */
    public HttpResponse<String> postJson(String path, String json, boolean withCsrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (withCsrf) {
            request.header("X-XSRF-TOKEN", csrf());
        }
        return send(request.build());
    }

    String csrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
