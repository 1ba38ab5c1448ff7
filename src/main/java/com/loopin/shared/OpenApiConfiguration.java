package com.loopin.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI loopinOpenApi(ServiceInfo info) {
        return new OpenAPI()
                .info(new Info().title("Loopin API").version(info.version()).description("""
                                Phone sign-up and login by SMS code, JWT sessions and profiles for the Loopin apps.

                                Errors are RFC 9457 problem bodies (`application/problem+json`) that also carry \
                                `success: false`, a human `message` and a stable machine `code`; validation errors \
                                list every failing field in `errors`. The codes are listed in \
                                docs/phone-authentication.md."""))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")));
    }
}
