package com.loopin.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a screen for the console: keeps cookies, picks up each page's CSRF token, posts forms. */
public final class ConsoleSession {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    public String csrf;
    public String spoof = Api.randomAddress();

    public ConsoleSession(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String... headers) throws Exception {
        var builder = HttpRequest.newBuilder(uri(path))
                .header("X-Forwarded-For", spoof)
                .GET();
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    public HttpResponse<String> post(String path, Map<String, String> form, boolean withCsrf) throws Exception {
        Map<String, String> fields = new HashMap<>(form);
        if (withCsrf) {
            fields.put("_csrf", csrf);
        }
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("X-Forwarded-For", spoof)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in and returns where the console sent the browser. */
    public String signIn(String user, String secret) throws Exception {
        get("/admin/login");
        var response = post("/admin/login", Map.of("username", user, "password", secret), true);
        return response.headers().firstValue("Location").orElse("");
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
