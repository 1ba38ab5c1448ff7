package com.loopin.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Makes the generated document a contract clients can be generated from: every field of an answer is required
 * (the API always writes every field, {@code null} included, and nullable ones say so on their record
 * component), public operations say {@code security: []}, the server URL is relative, one API root, and tags and
 * paths come in the order an app uses them. {@code OpenApiContract} in the tests holds every answer to it.
 */
@Component
class ApiContractDocumentation implements OpenApiCustomizer {

    /** The order an app meets the endpoints in; anything not listed follows, by path. */
    private static final List<String> FLOW = List.of(
            "/api",
            "/api/health",
            "/api/auth/signup",
            "/api/auth/verify-otp",
            "/api/auth/login",
            "/api/auth/verify-login",
            "/api/auth/refresh",
            "/api/auth/logout",
            "/api/auth/event-interests",
            "/api/auth/complete-profile",
            "/api/auth/profile/pictures",
            "/api/auth/profile",
            "/api/auth/account",
            "/api/auth/token",
            "/api/users",
            "/api/users/{id}",
            "/api/users/{id}/activate",
            "/api/dev/sms");

    private static final List<Tag> TAGS = List.of(
            new Tag().name("Authentication").description("Sign-up and login by SMS code, sessions"),
            new Tag().name("Profile").description("The signed-in user's profile and the interests to choose from"),
            new Tag().name("Service").description("Root and health"),
            new Tag()
                    .name("Staff")
                    .description("The staff API, for staff tools; needs a staff token from /api/auth/token"),
            new Tag().name("Development").description("Only while codes go to the log (the console SMS provider)"));

    @Override
    public void customise(OpenAPI api) {
        api.setServers(List.of(new Server().url("/").description("This server")));
        api.setTags(TAGS);
        api.setPaths(inFlowOrder(api.getPaths()));
        // by name: the order handlers are found in may differ between machines, the snapshot must not
        api.getComponents().setSchemas(new TreeMap<>(api.getComponents().getSchemas()));
        api.getPaths().values().forEach(path -> path.readOperations().forEach(ApiContractDocumentation::publicSays));
        api.getPaths().forEach(ApiContractDocumentation::problemExamplesName);
        requireEveryAnswerField(api);
        for (Schema<?> schema : api.getComponents().getSchemas().values()) {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(ApiContractDocumentation::typeNullableReference);
            }
        }
    }

    /** OpenAPI 3.0.3: {@code nullable} needs a {@code type} beside it, also on {@code {allOf: [$ref]}}. */
    @SuppressWarnings("rawtypes")
    private static void typeNullableReference(Schema property) {
        if (Boolean.TRUE.equals(property.getNullable()) && property.getAllOf() != null && property.getType() == null) {
            property.setType("object");
        }
    }

    private static Paths inFlowOrder(Paths paths) {
        Paths ordered = new Paths();
        paths.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("/api/"))
                .sorted(Comparator.<Map.Entry<String, PathItem>>comparingInt(entry -> {
                            int at = FLOW.indexOf(entry.getKey());
                            return at < 0 ? FLOW.size() : at;
                        })
                        .thenComparing(Map.Entry::getKey))
                .forEach(entry -> ordered.addPathItem(entry.getKey(), entry.getValue()));
        return ordered;
    }

    /**
     * Public operations say {@code security: []}; one that takes a token when there is one (discovery) is marked
     * {@code x-token: optional} on its {@code @Operation} and says {@code [{bearer: []}, {}]}: either.
     */
    private static void publicSays(Operation operation) {
        if (operation.getExtensions() != null
                && "optional".equals(operation.getExtensions().remove("x-token"))) {
            operation.setSecurity(new ArrayList<>(List.of(
                    new io.swagger.v3.oas.models.security.SecurityRequirement().addList("bearer"),
                    new io.swagger.v3.oas.models.security.SecurityRequirement())));
            if (operation.getExtensions().isEmpty()) {
                operation.setExtensions(null);
            }
            return;
        }
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
    }

    /** A problem's {@code instance} is the path asked for: the examples show the operation's own. */
    @SuppressWarnings("unchecked")
    private static void problemExamplesName(String path, PathItem item) {
        String instance = path.replace("{id}", "42");
        for (Operation operation : item.readOperations()) {
            if (operation.getResponses() == null) {
                continue;
            }
            operation.getResponses().values().stream()
                    .filter(response -> response.getContent() != null)
                    .map(response -> response.getContent().get(MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    .filter(media -> media != null && media.getExamples() != null)
                    .flatMap(media -> media.getExamples().values().stream())
                    .filter(example -> example.getValue() instanceof Map)
                    .forEach(example -> {
                        var body = new LinkedHashMap<>((Map<String, Object>) example.getValue());
                        body.put("instance", instance);
                        example.setValue(body);
                    });
        }
    }

    /** Answers write every field: each schema reachable from a response lists all its properties as required. */
    private static void requireEveryAnswerField(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> answers = new LinkedHashSet<>();
        for (PathItem path : api.getPaths().values()) {
            for (Operation operation : path.readOperations()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                operation.getResponses().values().forEach(response -> {
                    if (response.getContent() != null) {
                        response.getContent().values().forEach(media -> collect(media.getSchema(), schemas, answers));
                    }
                });
            }
        }
        answers.remove("Problem");
        for (String name : answers) {
            Schema<?> schema = schemas.get(name);
            // a schema another module's customiser adds (a shared enum) has no properties to require
            if (schema != null && schema.getProperties() != null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
                schema.getProperties().values().forEach(ApiContractDocumentation::nullInNullableEnum);
                Schema<?> data = schema.getProperties().get("data");
                if (data != null && data.get$ref() == null && data.getItems() == null && data.getProperties() == null) {
                    data.setNullable(true);
                    data.setDescription("Always null");
                }
            }
        }
    }

    /** OpenAPI 3.0.3: a nullable enum must list null among its values, or null is not a valid value. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void nullInNullableEnum(Schema property) {
        if (Boolean.TRUE.equals(property.getNullable())
                && property.getEnum() != null
                && !property.getEnum().contains(null)) {
            List values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
    }

    private static void collect(Schema<?> schema, Map<String, Schema> schemas, Set<String> found) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (found.add(name) && schemas.containsKey(name)) {
                collect(schemas.get(name), schemas, found);
            }
            return;
        }
        collect(schema.getItems(), schemas, found);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collect(property, schemas, found));
        }
    }
}
