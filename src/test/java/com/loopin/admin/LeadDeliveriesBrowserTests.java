package com.loopin.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.loopin.support.Api;
import com.loopin.support.Browser;
import com.loopin.support.TestPhones;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff open a lead and see every message that carried its codes: the channel, the provider and what it reported.
 * The development providers (codes to the log, WhatsApp included) stand in for real ones. In a real Chromium.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "loopin.admin.username=leads-admin",
            "loopin.admin.password=leads-admin-password-1",
            "loopin.otp.resend-cooldown=1s"
        })
@EnabledIf("com.loopin.support.Browser#available")
class LeadDeliveriesBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aLeadsPageListsItsDeliveriesByChannel() {
        Api api = new Api(port);
        String number = TestPhones.newIndianMobile();
        var first = api.post("/api/auth/signup", Map.of("phone_number", number, "channel", "auto"));
        assertThat(first.json().get("data").get("channel").asString()).isEqualTo("whatsapp");
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> api.post("/api/auth/resend", Map.of("phone_number", number, "channel", "sms"))
                                .status()
                        == 200);

        var browser = Browser.start();
        try {
            String base = "http://localhost:" + port;
            browser.get(base + "/admin/login");
            browser.findElement(By.name("username")).sendKeys("leads-admin");
            browser.findElement(By.name("password")).sendKeys("leads-admin-password-1");
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));
            browser.get(base + "/admin/leads?q=" + number.substring(3));
            Browser.clickAndWait(browser, browser.findElement(By.linkText(number)));

            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(number);
            var rows = browser.findElements(By.cssSelector("tr.delivery")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0))
                    .contains("signup")
                    .contains("sms")
                    .contains("console")
                    .contains("delivered");
            assertThat(rows.get(1)).contains("whatsapp").contains("console").contains("delivered");
            Browser.screenshot(browser, "70-lead-deliveries");

            Browser.phoneSized(browser);
            Object overflow = browser.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).as("the page fits a 390 px screen").isEqualTo(false);
            Browser.screenshot(browser, "71-lead-deliveries-phone");

            browser.get(base + "/admin/leads/999999999");
            assertThat(browser.getTitle()).isEqualTo("Problem · Loopin staff");
        } finally {
            browser.quit();
        }
    }
}
