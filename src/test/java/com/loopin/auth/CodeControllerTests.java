package com.loopin.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import com.loopin.shared.ClientAddress;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.PhoneNumberRefusedException;
import com.loopin.shared.RetryLaterException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The code flow's HTTP shape, without a database: each refusal of the flow reaches the app as its status and
 * stable code, a 429 with its Retry-After, trouble we do not control as a 503.
 */
@WebMvcTest(CodeController.class)
@AutoConfigureMockMvc(addFilters = false)
class CodeControllerTests {

    static final String PHONE = "{\"phone_number\": \"+919876543210\"}";
    static final String CODE = "{\"phone_number\": \"+919876543210\", \"otp_code\": \"1234\"}";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PhoneAuthService auth;

    @MockitoBean
    ClientAddress clientAddress;

    @MockitoBean
    com.loopin.sms.CodeDeliveries deliveries;

    @Test
    void aNumberThatIsNotOneIsA400WithItsCode() {
        given(auth.requestSignupCode(any(), any(), any()))
                .willThrow(PhoneNumberRefusedException.invalid("Not a number."));
        assertThat(post("/api/auth/signup", PHONE))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("INVALID_PHONE_NUMBER");
    }

    @Test
    void aCodeAskedForTooSoonIsA429WithRetryAfter() {
        given(auth.requestLoginCode(any(), any(), any()))
                .willThrow(new RetryLaterException(
                        ErrorCode.OTP_COOLDOWN, "Please wait 42 seconds.", Duration.ofSeconds(42), "resend_cooldown"));
        var answer = post("/api/auth/login", PHONE);
        assertThat(answer).hasStatus(429).hasHeader("Retry-After", "42");
        assertThat(answer).bodyJson().extractingPath("$.code").isEqualTo("OTP_COOLDOWN");
        assertThat(answer).bodyJson().extractingPath("$.success").isEqualTo(false);
    }

    @Test
    void aWrongCodeSaysHowManyTriesAreLeft() {
        given(auth.verifySignup(any(), any(), any())).willThrow(CodeRejectedException.wrong(2));
        var answer = post("/api/auth/verify-otp", CODE);
        assertThat(answer).hasStatus(400);
        assertThat(answer).bodyJson().extractingPath("$.code").isEqualTo("OTP_INVALID");
    }

    @Test
    void anExpiredCodeIsItsOwnCode() {
        given(auth.verifyLogin(any(), any(), any())).willThrow(CodeRejectedException.expired());
        assertThat(post("/api/auth/verify-login", CODE))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("OTP_EXPIRED");
    }

    @Test
    void aBodyThatIsNotJsonIsAMalformedRequestAndReachesNoFlow() {
        assertThat(post("/api/auth/signup", "{\"phone_number\": "))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("MALFORMED_REQUEST");
        org.mockito.Mockito.verifyNoInteractions(auth);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfter() {
        given(auth.requestSignupCode(any(), any(), any()))
                .willThrow(new CannotCreateTransactionException("connection refused"));
        var answer = post("/api/auth/signup", PHONE);
        assertThat(answer).hasStatus(503).hasHeader("Retry-After", "5");
        assertThat(answer).bodyJson().extractingPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
    }

    private MockMvcTester.MockMvcRequestBuilder post(String path, String body) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
