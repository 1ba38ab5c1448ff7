package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.json.JsonMapper;

class DatabaseBackpressureFilterTests {

    final AtomicInteger waiting = new AtomicInteger();
    final DatabaseBackpressureFilter filter = new DatabaseBackpressureFilter(
            waiting::get, 64, new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void shedsARequestAtOnceWhenTooManyAlreadyWaitForAConnection() throws Exception {
        waiting.set(65);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("POST", "/api/auth/signup"), response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains("SERVICE_UNAVAILABLE");
        assertThat(chain.getRequest())
                .as("the request never reached the application")
                .isNull();
    }

    @Test
    void letsRequestsThroughUnderTheBoundAndNeverShedsThoseServedFromMemory() throws Exception {
        waiting.set(64);
        var chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("POST", "/api/auth/signup"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();

        waiting.set(1000);
        var interests = new MockFilterChain();
        filter.doFilter(
                new MockHttpServletRequest("GET", "/api/auth/event-interests"),
                new MockHttpServletResponse(),
                interests);
        assertThat(interests.getRequest()).isNotNull();
    }

    @Test
    void databaseTroubleRaisedInAFilterIsA503NotA500() throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/admin/leads"), response, (request, ignored) -> {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
        });
        assertThat(response.getStatus()).isEqualTo(503);
    }
}
