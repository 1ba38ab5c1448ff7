package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerTokenHeaderTests {

    static final List<String> HEADERS = List.of(
            "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc-_~+/xyz",
            "bearer abc.def.ghi",
            "BEARER abc==",
            "Bearer abc=",
            "Bearer ==",
            "Bearer ",
            "Bearer",
            "Bearerabc",
            "Bearer  abc",
            "Bearer abc def",
            "Bearer abc=def",
            "Bearer abc\u00e9",
            "Bearer abc,def",
            "Basic dXNlcjpwYXNz",
            "Token abc",
            "",
            "b");

    @ParameterizedTest
    @FieldSource("HEADERS")
    void resolvesOrRefusesEveryHeaderAsSpringsDefaultResolverDoes(String header) {
        var request = new MockHttpServletRequest("GET", "/api/auth/profile");
        request.addHeader("Authorization", header);

        Outcome expected = outcome(() -> new DefaultBearerTokenResolver().resolve(request));
        Outcome actual = outcome(() -> new BearerTokenHeader().resolve(request));

        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @FieldSource("HEADERS")
    void ignoresTheQueryString(String ignored) {
        var request = new MockHttpServletRequest("GET", "/api/auth/profile");
        request.setParameter("access_token", "abc.def.ghi");

        assertThat(new BearerTokenHeader().resolve(request)).isNull();
    }

    record Outcome(String token, String error) {}

    private static Outcome outcome(java.util.function.Supplier<String> resolve) {
        Throwable thrown = catchThrowable(resolve::get);
        if (thrown instanceof OAuth2AuthenticationException refused) {
            return new Outcome(
                    null,
                    refused.getError().getErrorCode() + ": "
                            + refused.getError().getDescription());
        }
        assertThat(thrown).isNull();
        return new Outcome(resolve.get(), null);
    }
}
