package com.loopin.going;

import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Arrays;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GoingProperties.class)
class GoingConfiguration {

    /** Where the API names a request's status: one schema, from {@link RequestStatus}, that they all refer to. */
    static final String REQUEST_STATUS_SCHEMA = "#/components/schemas/RequestStatus";

    @Bean
    OpenApiCustomizer requestStatusSchema() {
        return api -> {
            var schema = new StringSchema();
            schema.setDescription("A request's status (EVENTS.md, \"Going\")");
            schema.setEnum(Arrays.stream(RequestStatus.values())
                    .map(RequestStatus::value)
                    .toList());
            api.getComponents().addSchemas("RequestStatus", schema);
        };
    }
}
