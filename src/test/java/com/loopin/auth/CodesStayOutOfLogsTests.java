package com.loopin.auth;

import static com.loopin.support.Api.code;
import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.TestPhones;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

@FlowTest
@ExtendWith(OutputCaptureExtension.class)
class CodesStayOutOfLogsTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Test
    void noLogLineCarriesTheCodeOrTheToken(CapturedOutput output) {
        var api = new Api(port);
        String number = TestPhones.newIndianMobile();
        String code = codeNotYetInTheOutput(api, number, output);

        api.post("/api/auth/verify-otp", code(number, "0000".equals(code) ? "1111" : "0000"));
        var verified = api.post("/api/auth/verify-otp", code(number, code));
        assertThat(verified.status()).isEqualTo(200);
        api.get("/api/auth/profile", verified.text("token") + "tampered");

        assertThat(appears(code, output.getAll()))
                .as("the code appears in the log")
                .isFalse();
        assertThat(output.getAll()).doesNotContain(verified.text("token")).doesNotContain(number);
    }

    /** A 4-digit code may match a process id or a year by chance; ask again until it matches nothing logged. */
    private String codeNotYetInTheOutput(Api api, String number, CapturedOutput output) {
        for (int i = 0; i < 50; i++) {
            assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
            String code = sms.lastCodeFor(number);
            if (!appears(code, output.getAll())) {
                return code;
            }
        }
        throw new AssertionError("could not get a code that is not already in the output");
    }

    private static boolean appears(String code, String text) {
        return Pattern.compile("(?<![0-9])" + code + "(?![0-9])").matcher(text).find();
    }
}
