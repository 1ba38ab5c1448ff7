package com.loopin.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the running application: real sockets, real filters, raw bodies when wanted. */
public final class Api {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String clientAddress;

    /** A client with an address of its own (sent as X-Forwarded-For; the test profile trusts loopback). */
    public Api(int port) {
        this(port, randomAddress());
    }

    public Api(int port, String clientAddress) {
        this.base = "http://127.0.0.1:" + port;
        this.clientAddress = clientAddress;
    }

    /** Addresses in 10.0.0.0/8 from a random start, never the same one twice in a run. */
    private static final java.util.concurrent.atomic.AtomicInteger nextAddress =
            new java.util.concurrent.atomic.AtomicInteger(
                    java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 24));

    public static String randomAddress() {
        while (true) {
            int host = nextAddress.getAndIncrement() & 0xFFFFFF;
            int last = host & 0xFF;
            if (last != 0 && last != 255) {
                return "10." + (host >> 16) + "." + ((host >> 8) & 0xFF) + "." + last;
            }
        }
    }

    public String clientAddress() {
        return clientAddress;
    }

    public Response post(String path, Object body) {
        return post(path, body, null);
    }

    public Response post(String path, Object body, String token) {
        return withBody("POST", path, body, token);
    }

    public Response patch(String path, Object body, String token) {
        return withBody("PATCH", path, body, token);
    }

    public Response put(String path, Object body, String token) {
        return withBody("PUT", path, body, token);
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    /** A POST with headers of its own ({@code name, value, name, value …}), as a phone in Hindi sends it. */
    public Response postWithHeaders(String path, Object body, String... headers) {
        String text = body instanceof String s ? s : json.writeValueAsString(body);
        return send(request(path, null)
                .header("Content-Type", "application/json")
                .headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(text))
                .build());
    }

    private Response withBody(String method, String path, Object body, String token) {
        String text = body instanceof String s ? s : json.writeValueAsString(body);
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(text))
                .build());
    }

    /** A multipart/form-data upload of one file part, as an app sends a picture. */
    public Response upload(String path, String part, String filename, String contentType, byte[] bytes, String token) {
        return upload(path, part, filename, contentType, bytes, token, false);
    }

    /** The same, sent chunked (no Content-Length) when asked: the size is known only while reading. */
    public Response upload(
            String path,
            String part,
            String filename,
            String contentType,
            byte[] bytes,
            String token,
            boolean chunked) {
        String boundary = "loopin-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] all = body.toByteArray();
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(
                        chunked
                                ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(all))
                                : HttpRequest.BodyPublishers.ofByteArray(all))
                .build());
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Response send(HttpRequest request) {
        try {
            OpenApiContract contract = isApi(request) ? OpenApiContract.of(base, client) : null;
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (contract != null) {
                keepsTheContract(contract, request, response);
            }
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isApi(HttpRequest request) {
        String path = request.uri().getPath();
        return path.startsWith("/api/") && !path.startsWith("/api/openapi");
    }

    /**
     * Every JSON answer of the API is checked against the OpenAPI document the server publishes (read before the
     * first request, while the server is surely up).
     */
    private static void keepsTheContract(OpenApiContract contract, HttpRequest request, HttpResponse<String> response) {
        String path = request.uri().getPath();
        if (!response.headers().firstValue("Content-Type").orElse("").contains("json")) {
            return;
        }
        var violations = contract.violations(request.method(), path, response.statusCode(), response.body());
        if (!violations.isEmpty()) {
            throw new AssertionError(request.method() + " " + path + " answered " + response.statusCode()
                    + " outside the OpenAPI contract: " + violations + "\n" + response.body());
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    public static Map<String, Object> phone(String number) {
        return Map.of("phone_number", number);
    }

    public static Map<String, Object> code(String number, String code) {
        return Map.of("phone_number", number, "otp_code", code);
    }

    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            return json.readTree(raw.body());
        }

        public String text(String field) {
            JsonNode node = json().get(field);
            return node == null || node.isNull() ? null : node.asString();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
