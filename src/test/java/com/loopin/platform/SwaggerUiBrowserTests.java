package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Browser;
import com.loopin.support.FlowTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Swagger UI renders every operation under the docs' Content-Security-Policy, in a real browser. */
@FlowTest
@EnabledIf("com.loopin.support.Browser#available")
class SwaggerUiBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theApiDocsRenderInABrowser() {
        var browser = Browser.start();
        try {
            browser.get("http://127.0.0.1:" + port + "/api/docs");
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(driver ->
                            driver.findElements(By.cssSelector(".opblock")).size() >= 10);
            assertThat(browser.findElement(By.cssSelector(".info .title")).getText())
                    .contains("Loopin API");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("/api/auth/signup")
                    .contains("/api/auth/verify-otp")
                    .contains("/api/users");
            Browser.screenshot(browser, "00-api-docs");
        } finally {
            browser.quit();
        }
    }
}
