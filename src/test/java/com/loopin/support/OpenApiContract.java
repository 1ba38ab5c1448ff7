package com.loopin.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document as a contract that every API answer in the test suite is held to: each JSON
 * answer of a documented operation and status must match its schema (required fields present, {@code null} only
 * where the schema is nullable, no undocumented fields, enum values from the enum, types as declared). Generated
 * clients trust exactly these promises.
 */
public final class OpenApiContract {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Map<String, OpenApiContract> byServer = new ConcurrentHashMap<>();

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    private record Operation(String method, Pattern path, JsonNode responses) {}

    private OpenApiContract(JsonNode document) {
        this.document = document;
        for (var path : document.get("paths").properties()) {
            Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
            for (var operation : path.getValue().properties()) {
                operations.add(new Operation(
                        operation.getKey().toUpperCase(java.util.Locale.ROOT),
                        pattern,
                        operation.getValue().get("responses")));
            }
        }
    }

    /** The contract a server publishes, read once per server. */
    public static OpenApiContract of(String base, HttpClient client) {
        return byServer.computeIfAbsent(base, b -> {
            try {
                HttpResponse<String> answer = client.send(
                        HttpRequest.newBuilder(URI.create(b + "/api/openapi.json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                return new OpenApiContract(json.readTree(answer.body()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    public static OpenApiContract of(JsonNode document) {
        return new OpenApiContract(document);
    }

    /** What in the answer breaks the contract; empty when it keeps it or when the contract says nothing of it. */
    public List<String> violations(String method, String path, int status, String body) {
        JsonNode schema = schemaFor(method, path, status);
        if (schema == null || body == null || body.isBlank()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        check(json.readTree(body), schema, "$", found, new HashSet<>());
        return found;
    }

    private JsonNode schemaFor(String method, String path, int status) {
        for (Operation operation : operations) {
            if (operation.method().equals(method)
                    && operation.path().matcher(path).matches()) {
                JsonNode response = operation.responses().get(Integer.toString(status));
                if (response == null || response.get("content") == null) {
                    return null;
                }
                Iterator<JsonNode> media = response.get("content").values().iterator();
                return media.hasNext() ? media.next().get("schema") : null;
            }
        }
        return null;
    }

    private void check(JsonNode value, JsonNode schema, String where, List<String> found, Set<String> seen) {
        schema = resolve(schema);
        if (schema.has("allOf") && schema.get("allOf").size() == 1 && !schema.has("properties")) {
            // a nullable reference: {allOf: [$ref], nullable: true}
            if (value.isNull() && schema.path("nullable").asBoolean(false)) {
                return;
            }
            schema = resolve(schema.get("allOf").get(0));
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                found.add(where + " is null, but the schema does not say nullable");
            }
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                found.add(where + " = " + value + " is not in its enum");
            }
        }
        String type = schema.path("type").asString("");
        switch (type) {
            case "object" -> checkObject(value, schema, where, found, seen);
            case "array" -> {
                if (!value.isArray()) {
                    found.add(where + " should be an array");
                } else if (schema.has("items")) {
                    for (int i = 0; i < value.size(); i++) {
                        check(value.get(i), schema.get("items"), where + "[" + i + "]", found, seen);
                    }
                }
            }
            case "string" -> expect(value.isString(), where, "a string", found);
            case "integer" -> expect(value.isIntegralNumber(), where, "an integer", found);
            case "number" -> expect(value.isNumber(), where, "a number", found);
            case "boolean" -> expect(value.isBoolean(), where, "a boolean", found);
            default -> {
                if (schema.has("properties")) {
                    checkObject(value, schema, where, found, seen);
                }
            }
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String where, List<String> found, Set<String> seen) {
        if (!value.isObject()) {
            found.add(where + " should be an object");
            return;
        }
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asString())) {
                found.add(where + "." + required.asString() + " is required but missing");
            }
        }
        for (var field : value.properties()) {
            JsonNode property = properties.get(field.getKey());
            if (property == null) {
                if (!schema.has("additionalProperties")) {
                    found.add(where + "." + field.getKey() + " is not documented");
                }
            } else {
                check(field.getValue(), property, where + "." + field.getKey(), found, seen);
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String[] parts = schema.get("$ref").asString().substring(2).split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.get(part);
            }
            schema = target;
        }
        return schema;
    }

    private static void expect(boolean ok, String where, String what, List<String> found) {
        if (!ok) {
            found.add(where + " should be " + what);
        }
    }
}
