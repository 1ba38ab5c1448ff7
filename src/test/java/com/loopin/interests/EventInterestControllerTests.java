package com.loopin.interests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.CannotCreateTransactionException;

/** The public interests list over HTTP, without a database: its shape, and trouble as a 503. */
@WebMvcTest(EventInterestController.class)
@AutoConfigureMockMvc(addFilters = false)
class EventInterestControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    EventInterests interests;

    @Test
    void theActiveInterestsAreListedInTheEnvelope() {
        given(interests.active())
                .willReturn(List.of(new InterestView(3L, "Music", "Gigs", true, Instant.EPOCH, Instant.EPOCH)));
        var answer = mvc.get().uri("/api/auth/event-interests");
        assertThat(answer).hasStatusOk();
        assertThat(answer).bodyJson().extractingPath("$.success").isEqualTo(true);
        assertThat(answer).bodyJson().extractingPath("$.data[0].name").isEqualTo("Music");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfter() {
        given(interests.active()).willThrow(new CannotCreateTransactionException("connection refused"));
        var answer = mvc.get().uri("/api/auth/event-interests");
        assertThat(answer).hasStatus(503).hasHeader("Retry-After", "5");
        assertThat(answer).bodyJson().extractingPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
    }
}
