package com.loopin.platform;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.loopin.shared.ErrorCode;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI loopinOpenApi(ServiceInfo info) {
        return new OpenAPI()
                .info(new Info()
                        .title("Loopin API")
                        .version(info.version())
                        .description("""
                                Phone sign-up and login by SMS code, JWT sessions and profiles for the Loopin apps.

                                Errors are RFC 9457 problem bodies (`application/problem+json`) that also carry \
                                `success: false`, a human `message` and a stable machine `code`; validation errors \
                                list every failing field in `errors`. The codes are listed in \
                                docs/phone-authentication.md.""")
                        .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSchemas("Problem", problemSchema())
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")));
    }

    /**
     * swagger-core reads models with its own Jackson 2 mapper, which does not know the API's snake_case naming
     * (set on Spring's Jackson 3 mapper); without this the documentation would show camelCase names.
     */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details plus the envelope's fields (success, message, code)")
                .addProperty("type", new StringSchema().description("Stable URI naming the problem type"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("success", new BooleanSchema().example(false))
                .addProperty("message", new StringSchema().description("Human-readable; show it to people"))
                .addProperty(
                        "code",
                        new StringSchema()
                                .description("Machine-readable and stable; switch on it")
                                ._enum(Arrays.stream(ErrorCode.values())
                                        .map(Enum::name)
                                        .toList()))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("Every failing field, for validation problems")
                                .items(new ObjectSchema()
                                        .addProperty("field", new StringSchema())
                                        .addProperty("message", new StringSchema())))
                .addProperty(
                        "attempts_remaining",
                        new IntegerSchema().description("Tries left on the current code (OTP_INVALID)"))
                .addProperty(
                        "retry_after_seconds",
                        new IntegerSchema()
                                .description("With 429 and 503: whole seconds to wait, as in the Retry-After header"))
                .addProperty(
                        "limit",
                        new StringSchema()
                                .description("With RATE_LIMITED and SMS_SEGMENT_THROTTLED: which limit it was; "
                                        + "for people and logs, apps need not switch on it"))
                .addProperty(
                        "seats_taken",
                        new IntegerSchema().description("With CAPACITY_BELOW_SEATS_TAKEN: the seats already taken"))
                .addProperty("seats_left", new IntegerSchema().description("With EVENT_FULL: the seats still free"))
                .addProperty(
                        "request_id",
                        new StringSchema().description("With REQUEST_NOT_OPEN: the request that blocked a batch"))
                .addProperty(
                        "checked_in_at",
                        new StringSchema()
                                .format("date-time")
                                .description("With ALREADY_CHECKED_IN: when the first scan checked the ticket in"))
                .required(List.of("type", "title", "status", "detail", "instance", "success", "message", "code"));
    }
}
