package com.loopin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.loopin.shared.Actor;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.Caller;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import com.loopin.support.SignedIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The staff users API's HTTP shape, without a database: who may call what, and how each refusal reads. The
 * security chain is left out (its 401s are tested in the flows); the caller is put in place as the JWT
 * converter would.
 */
@WebMvcTest(UserApiController.class)
@AutoConfigureMockMvc(addFilters = false)
class UserApiControllerTests {

    static final String VALID_CHANGE = """
            {"name": "Asha Verma", "birth_date": "1995-01-01", "gender": "female", "event_interests": [1],
             "profile_pictures": ["https://example.com/a.jpg"]}""";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    UserDirectory directory;

    @MockitoBean
    UserManagement users;

    @MockitoBean
    BusinessTime time;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aUserCannotReadSomeoneElse() {
        SignedIn.as(Caller.user(7, UUID.randomUUID()));
        assertThat(mvc.get().uri("/api/users/8"))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("ACCESS_DENIED");
        verifyNoInteractions(directory);
    }

    @Test
    void anAppUserCannotListUsers() {
        SignedIn.as(Caller.user(7, UUID.randomUUID()));
        assertThat(mvc.get().uri("/api/users")).hasStatus(403);
    }

    @Test
    void anUnknownUserIsA404WithItsCode() {
        SignedIn.as(Caller.staff("asha"));
        given(directory.find(99)).willReturn(java.util.Optional.empty());
        assertThat(mvc.get().uri("/api/users/99"))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("USER_NOT_FOUND");
    }

    @Test
    void aChangeThatBreaksTheRulesListsEveryFieldInSnakeCase() {
        SignedIn.as(Caller.staff("asha"));
        given(directory.updateProfile(any(), anyLong(), any()))
                .willThrow(new ValidationFailedException(
                        List.of(new FieldError("birth_date", "You must be at least 18 years old."))));
        var result = mvc.put()
                .uri("/api/users/5")
                .contentType(MediaType.APPLICATION_JSON)
                .content(VALID_CHANGE);
        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_ERROR");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("birth_date");
        assertThat(result).bodyJson().extractingPath("$.success").isEqualTo(false);
    }

    @Test
    void aBodyThatIsNotJsonIsAMalformedRequest() {
        SignedIn.as(Caller.staff("asha"));
        assertThat(mvc.put()
                        .uri("/api/users/5")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfter() {
        SignedIn.as(Caller.staff("asha"));
        willThrow(new CannotCreateTransactionException("connection refused"))
                .given(users)
                .deactivate(any(), anyLong());
        var result = mvc.delete().uri("/api/users/5");
        assertThat(result).hasStatus(503).hasHeader("Retry-After", "5");
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
    }

    @Test
    void aUserDeactivatingThemselvesIsTheActorOfTheChange() {
        SignedIn.as(Caller.user(5, UUID.randomUUID()));
        assertThat(mvc.delete().uri("/api/users/5")).hasStatusOk();
        verify(users).deactivate(eq(Actor.user(5)), eq(5L));
    }

    @Test
    void staffAreNamedByTheirUsername() {
        SignedIn.as(Caller.staff("asha"));
        assertThat(mvc.post().uri("/api/users/5/activate")).hasStatusOk();
        verify(users).activate(eq(Actor.staff("asha")), eq(5L));
    }
}
