package com.loopin.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import com.loopin.shared.ClientAddress;
import com.loopin.staff.StaffPasswordCheck;
import com.loopin.staff.StaffRole;
import com.loopin.staff.StaffSecondFactor;
import com.loopin.staff.StaffView;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The staff token endpoint's refusals over HTTP: one answer for every wrong secret, and no token without them. */
@WebMvcTest(StaffTokenController.class)
@AutoConfigureMockMvc(addFilters = false)
class StaffTokenControllerTests {

    static final StaffView ASHA = new StaffView(7L, "asha", StaffRole.STAFF, true, null, Instant.EPOCH, null);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    StaffPasswordCheck passwords;

    @MockitoBean
    StaffSecondFactor secondFactor;

    @MockitoBean
    TokenService tokens;

    @MockitoBean
    ClientAddress clientAddress;

    @Test
    void aWrongPasswordIsA401AndNoTokenIsMade() {
        given(passwords.check(eq("asha"), any(), any())).willReturn(Optional.empty());
        var answer = token("{\"username\": \"asha\", \"password\": \"wrong\"}");
        assertThat(answer).hasStatus(401);
        assertThat(answer).bodyJson().extractingPath("$.code").isEqualTo("AUTHENTICATION_REQUIRED");
        verifyNoInteractions(tokens);
    }

    @Test
    void aRightPasswordWithoutTheDueSecondStepIsTheSame401() {
        given(passwords.check(eq("asha"), any(), any())).willReturn(Optional.of(ASHA));
        given(secondFactor.due(ASHA)).willReturn(true);
        given(secondFactor.enrolled(7L)).willReturn(true);
        given(secondFactor.check(anyLong(), any())).willReturn(false);
        var answer = token("{\"username\": \"asha\", \"password\": \"right\", \"code\": \"000000\"}");
        assertThat(answer).hasStatus(401);
        assertThat(answer).bodyJson().extractingPath("$.code").isEqualTo("AUTHENTICATION_REQUIRED");
        verifyNoInteractions(tokens);
    }

    private MockMvcTester.MockMvcRequestBuilder token(String body) {
        return mvc.post()
                .uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
