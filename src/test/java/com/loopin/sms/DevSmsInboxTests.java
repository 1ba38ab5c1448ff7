package com.loopin.sms;

import static com.loopin.support.Api.code;
import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.LoopinApplication;
import com.loopin.support.Api;
import com.loopin.support.Browser;
import com.loopin.support.TestPhones;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The development SMS inbox, with the real console provider (no test catcher): a code asked for in the app is
 * on the page and in the JSON at once, and verifies; with a real provider configured neither exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevSmsInboxTests {

    static final Pattern CODE = Pattern.compile("verification code is: (\\d+)");

    @LocalServerPort
    int port;

    @Test
    void aCodeAskedForIsInTheInboxAsJsonAndOnThePageAndVerifies() {
        var api = new Api(port);
        String number = TestPhones.newIndianMobile();
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);

        var inbox = api.get("/api/dev/sms?to=" + number.substring(3));
        assertThat(inbox.status()).isEqualTo(200);
        var newest = inbox.json().get(0);
        assertThat(newest.get("to").asString()).isEqualTo(number);
        assertThat(newest.get("sent_at").asString()).endsWith("+05:30");
        Matcher sent = CODE.matcher(newest.get("body").asString());
        assertThat(sent.find()).isTrue();
        assertThat(api.post("/api/auth/verify-otp", code(number, sent.group(1))).status())
                .isEqualTo(200);

        var page = api.get("/dev/sms");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(number).contains("value=\"" + sent.group(1) + "\"");

        if (Browser.available()) {
            var browser = Browser.start();
            try {
                String other = TestPhones.newIndianMobile();
                api.post("/api/auth/signup", phone(other));
                browser.get("http://127.0.0.1:" + port + "/dev/sms");
                var firstRow = browser.findElement(By.cssSelector("tr.sms"));
                assertThat(firstRow.getText()).contains(other);
                assertThat(firstRow.findElement(By.cssSelector("input.code")).getAttribute("value"))
                        .matches("\\d{4}");
                Browser.screenshot(browser, "40-dev-sms-inbox");
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void withARealProviderThereIsNoInbox() {
        try (var context = new SpringApplicationBuilder(LoopinApplication.class)
                .run(
                        "--server.port=0",
                        "--loopin.sms.provider=webhook",
                        "--loopin.sms.webhook.url=https://sms.example.com/send",
                        "--loopin.sms.webhook.secret=whsec_c2VjcmV0LWtleS0wMTIzNDU2Nzg5")) {
            var api = new Api(
                    ((WebServerApplicationContext) context).getWebServer().getPort());
            assertThat(api.get("/api/dev/sms").status()).isEqualTo(404);
            assertThat(api.get("/dev/sms").status()).isEqualTo(404);
        }
    }
}
