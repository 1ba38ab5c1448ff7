package com.loopin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import com.loopin.shared.Caller;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import com.loopin.support.SignedIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The profile API's refusals over HTTP, without a database. */
@WebMvcTest(ProfileController.class)
@AutoConfigureMockMvc(addFilters = false)
class ProfileControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ProfileService profiles;

    @BeforeEach
    void signIn() {
        SignedIn.as(Caller.user(5, UUID.randomUUID()));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void everyFailingFieldIsListedInSnakeCase() {
        given(profiles.complete(anyLong(), any()))
                .willThrow(new ValidationFailedException(List.of(
                        new FieldError("birth_date", "You must be at least 18 years old."),
                        new FieldError("event_interests", "Choose 1 to 5 interests."))));
        var answer = mvc.post()
                .uri("/api/auth/complete-profile")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Asha\"}");
        assertThat(answer).hasStatus(400);
        assertThat(answer).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_ERROR");
        assertThat(answer).bodyJson().extractingPath("$.errors[1].field").isEqualTo("event_interests");
    }

    @Test
    void aDeactivatedAccountIsA403WithItsCode() {
        given(profiles.details(5)).willThrow(new AccountDisabledException());
        assertThat(mvc.get().uri("/api/auth/profile"))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("ACCOUNT_DISABLED");
    }

    @Test
    void aDeletedAccountIsA404WithItsCode() {
        given(profiles.details(5)).willThrow(new UserNotFoundException());
        assertThat(mvc.get().uri("/api/auth/profile"))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("USER_NOT_FOUND");
    }
}
