package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A client that hangs up while its answer is written (an app closed mid-request, a load generator stopping) is not
 * a fault of ours: nothing is answered and nothing is logged as an error. Seen in the bench: a stack trace per
 * connection at the end of every run.
 */
class DisconnectedClientTests {

    final ApiErrorHandler handler = new ApiErrorHandler();
    final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/events");

    @Test
    void anAnswerTheClientNoLongerReadsIsDroppedQuietly() {
        var brokenPipe = new HttpMessageNotWritableException("Could not write JSON", new IOException("Broken pipe"));
        assertThat(handler.handleExceptionInternal(
                        brokenPipe,
                        null,
                        new HttpHeaders(),
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        new ServletWebRequest(request)))
                .isNull();
        assertThat(handler.unexpected(new IOException("Connection reset by peer"), request))
                .isNull();
    }

    @Test
    void anyOtherFaultIsStillA500() {
        var fault = new HttpMessageNotWritableException("Could not write JSON", new IllegalStateException("bug"));
        var answer = handler.handleExceptionInternal(
                fault, null, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, new ServletWebRequest(request));
        assertThat(answer).isNotNull();
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
    }
}
