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
    final ClientTraffic traffic = new ClientTraffic(new ClientLimits(100, 1000, 1000, 60));
    final DatabaseBackpressureFilter filter = new DatabaseBackpressureFilter(
            waiting::get, 64, traffic, new ProblemWriter(JsonMapper.builder().build()));

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
    void aboveTheBoundOnlyAClientHoldingMoreThanItsShareIsShed() throws Exception {
        for (int i = 0; i < 10; i++) {
            traffic.admit("10.0.0.66", false);
        }
        var greedy = requestFrom("10.0.0.66");
        var modest = requestFrom("10.0.0.77");
        waiting.set(65);

        var greedyChain = new MockFilterChain();
        var greedyResponse = new MockHttpServletResponse();
        filter.doFilter(greedy, greedyResponse, greedyChain);
        assertThat(greedyResponse.getStatus()).isEqualTo(503);

        var modestChain = new MockFilterChain();
        filter.doFilter(modest, new MockHttpServletResponse(), modestChain);
        assertThat(modestChain.getRequest())
                .as("a client with one request in flight waits its turn")
                .isNotNull();

        waiting.set(257);
        var flooded = new MockHttpServletResponse();
        filter.doFilter(requestFrom("10.0.0.88"), flooded, new MockFilterChain());
        assertThat(flooded.getStatus())
                .as("beyond four times the bound every request is shed")
                .isEqualTo(503);
    }

    private MockHttpServletRequest requestFrom(String address) {
        var request = new MockHttpServletRequest("GET", "/api/auth/profile");
        request.setAttribute(ClientGuardFilter.ADMISSION, traffic.admit(address, false));
        return request;
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
