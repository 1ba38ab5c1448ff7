package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class HandlerLookupTests {

    /** A request that counts how often it is asked, as the five wrappers around a real one are, each time. */
    static final class CountingRequest extends MockHttpServletRequest {

        final AtomicInteger asked = new AtomicInteger();

        CountingRequest() {
            super("GET", "/api/events/abcd1234");
            addHeader("Accept", "application/json");
        }

        @Override
        public String getMethod() {
            asked.incrementAndGet();
            return super.getMethod();
        }

        @Override
        public String getHeader(String name) {
            asked.incrementAndGet();
            return super.getHeader(name);
        }

        @Override
        public Object getAttribute(String name) {
            asked.incrementAndGet();
            return super.getAttribute(name);
        }
    }

    @Test
    void theLookupAsksTheRequestOnceForWhatItAsksOfEveryMapping() {
        var request = new CountingRequest();
        var view = new HandlerLookup.RememberingRequest(request);
        request.asked.set(0);

        for (int mapping = 0; mapping < 200; mapping++) {
            assertThat(view.getMethod()).isEqualTo("GET");
            assertThat(view.getHeader("Accept")).isEqualTo("application/json");
            assertThat(view.getHeader("Origin")).isNull();
            assertThat(view.getAttribute("parsed path")).isNull();
        }

        assertThat(request.asked).hasValue(3);
    }

    @Test
    void attributesWrittenDuringTheLookupReachTheRequestAndAreReadBack() {
        var request = new CountingRequest();
        var view = new HandlerLookup.RememberingRequest(request);
        assertThat(view.getAttribute("matched pattern")).isNull();

        view.setAttribute("matched pattern", "/api/events/{id}");
        assertThat(request.getAttribute("matched pattern")).isEqualTo("/api/events/{id}");
        assertThat(view.getAttribute("matched pattern")).isEqualTo("/api/events/{id}");

        view.removeAttribute("matched pattern");
        assertThat(request.getAttribute("matched pattern")).isNull();
        assertThat(view.getAttribute("matched pattern")).isNull();
    }
}
