package com.loopin.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;

import com.loopin.sessions.RefreshTokenException;
import com.loopin.sessions.Sessions;
import com.loopin.shared.Caller;
import com.loopin.support.SignedIn;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Refresh, logout and account deletion over HTTP, without a database: which refusal reads how. */
@WebMvcTest(SessionController.class)
@AutoConfigureMockMvc(addFilters = false)
class SessionControllerTests {

    static final String REFRESH = "{\"refresh_token\": \"abc\"}";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PhoneAuthService auth;

    @MockitoBean
    Sessions sessions;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void anUnknownRefreshTokenIsA401WithItsCode() {
        given(auth.refresh(any())).willThrow(RefreshTokenException.invalid());
        assertThat(mvc.post()
                        .uri("/api/auth/refresh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REFRESH))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("INVALID_REFRESH_TOKEN");
    }

    @Test
    void aReusedRefreshTokenSaysSo() {
        given(auth.refresh(any())).willThrow(RefreshTokenException.reused());
        assertThat(mvc.post()
                        .uri("/api/auth/refresh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REFRESH))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("REFRESH_TOKEN_REUSED");
    }

    @Test
    void loggingOutWithARetiredRefreshTokenIsRefused() {
        willThrow(RefreshTokenException.invalid()).given(sessions).endWithRefreshToken(any(), anyBoolean());
        assertThat(mvc.post()
                        .uri("/api/auth/logout")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REFRESH))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("INVALID_REFRESH_TOKEN");
    }

    @Test
    void loggingOutEverywhereEndsEverySessionOfTheCaller() {
        SignedIn.as(Caller.user(5, UUID.randomUUID()));
        assertThat(mvc.post().uri("/api/auth/logout?scope=global")).hasStatusOk();
        verify(sessions).revokeAllOf(5);
    }

    @Test
    void staffCannotDeleteAnAppAccount() {
        SignedIn.as(Caller.staff("asha"));
        assertThat(mvc.delete().uri("/api/auth/account"))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("ACCESS_DENIED");
        org.mockito.Mockito.verifyNoInteractions(auth);
    }
}
