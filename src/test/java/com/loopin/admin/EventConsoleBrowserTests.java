package com.loopin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.Browser;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestBeans;
import com.loopin.support.TestPhones;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff find an event on the Events page, read it (details, history, the host's other events) and cancel it with
 * a reason, which the app then shows; also on a phone-sized screen. An unknown console address is the console's
 * own 404 page. Staff work through the reports queue. In a real Chromium.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"loopin.admin.username=events-admin", "loopin.admin.password=events-admin-password-1"})
@Import(TestBeans.class)
@EnabledIf("com.loopin.support.Browser#available")
class EventConsoleBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffFindAnEventReadItsHistoryAndCancelItWithAReason() {
        Api api = new Api(port);
        String host = new PhoneAuthClient(api, sms).signUpComplete(TestPhones.newIndianMobile());
        String title = "Console kite festival " + System.nanoTime();
        String id = create(api, host, title, true);
        String other = create(api, host, "Console kite workshop " + System.nanoTime(), false);
        String guest = new PhoneAuthClient(api, sms).signUpComplete(TestPhones.newIndianMobile());
        assertThat(api.post("/api/events/" + id + "/requests", Map.of("seats", 1), guest)
                        .status())
                .isEqualTo(201);

        var browser = Browser.start();
        try {
            String base = "http://localhost:" + port;
            browser.get(base + "/admin/login");
            browser.findElement(By.name("username")).sendKeys("events-admin");
            browser.findElement(By.name("password")).sendKeys("events-admin-password-1");
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));

            Browser.clickAndWait(browser, browser.findElement(By.linkText("Events")));
            browser.findElement(By.name("q")).sendKeys(title);
            browser.findElement(By.cssSelector("select[name=status] option[value=published]"))
                    .click();
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.filters button[type=submit]")));
            assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(1);
            Browser.screenshot(browser, "60-events");

            Browser.clickAndWait(browser, browser.findElement(By.linkText(title)));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
            assertThat(browser.findElement(By.cssSelector("dl.facts")).getText())
                    .contains("Cubbon Park")
                    .contains("Gaurav Kumar");
            assertThat(browser.findElements(By.cssSelector("a[href$='/admin/events/" + other + "']")))
                    .as("the host's other event, a draft")
                    .hasSize(1);
            assertThat(browser.findElement(By.xpath("//h2[text()='History']/following-sibling::div"))
                            .getText())
                    .contains("Created and published");

            Browser.phoneSized(browser);
            browser.findElement(By.name("reason")).sendKeys("Venue permit withdrawn by the city");
            Browser.clickAndWait(browser, browser.findElement(By.xpath("//button[text()='Cancel the event']")));
            assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText())
                    .contains("Cancelled");
            assertThat(browser.findElement(By.cssSelector("dl.facts")).getText())
                    .contains("events-admin: Venue permit withdrawn by the city");
            Object overflow = browser.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).as("the page fits a 390 px screen").isEqualTo(false);
            Browser.screenshot(browser, "61-event-cancelled-phone");

            browser.get(base + "/admin/no-such-page");
            assertThat(browser.getTitle()).isEqualTo("Problem · Loopin staff");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("There is no page at this address");
            assertThat(browser.findElements(By.cssSelector("link[rel=stylesheet]")))
                    .hasSize(1);
            assertThat(browser.executeScript(
                            "return getComputedStyle(document.querySelector('header.top')).display !== 'inline'"))
                    .as("the console's stylesheet still loads")
                    .isEqualTo(true);
        } finally {
            browser.quit();
        }

        var seen = api.get("/api/events/" + id).json().get("data");
        assertThat(seen.get("status").asString()).isEqualTo("cancelled");
        assertThat(seen.get("cancel_reason").asString()).isEqualTo("Venue permit withdrawn by the city");
        assertThat(jdbc.sql("select actor || ' ' || action from audit_entry where target_id = ? order by id")
                        .param(id)
                        .query(String.class)
                        .list())
                .hasSize(2)
                .endsWith("events-admin event.cancel_by_staff")
                .first()
                .asString()
                .matches("user:[0-9]+ event.create");
    }

    @Test
    void staffWorkThroughTheReportsQueue() {
        Api api = new Api(port);
        String host = new PhoneAuthClient(api, sms).signUpComplete(TestPhones.newIndianMobile());
        String title = "Console reported meetup " + System.nanoTime();
        String id = create(api, host, title, true);
        String reporter = new PhoneAuthClient(api, sms).signUpComplete(TestPhones.newIndianMobile());
        String words = "Wanted an entry fee in cash " + System.nanoTime();
        var filed = api.post("/api/reports", Map.of("event_id", id, "reason", "scam", "text", words), reporter);
        assertThat(filed.status()).isEqualTo(201);
        long reportId = filed.json().at("/data/id").asLong();

        var browser = Browser.start();
        try {
            String base = "http://localhost:" + port;
            browser.get(base + "/admin/login");
            browser.findElement(By.name("username")).sendKeys("events-admin");
            browser.findElement(By.name("password")).sendKeys("events-admin-password-1");
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));

            Browser.clickAndWait(browser, browser.findElement(By.linkText("Reports")));
            browser.findElement(By.name("event")).sendKeys(id);
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.filters button[type=submit]")));
            var row = browser.findElement(By.xpath("//tr[td[text()='" + reportId + "']]"));
            assertThat(row.getText()).contains(title).contains(words).contains("scam");
            Browser.screenshot(browser, "62-reports");
            row.findElement(By.cssSelector("select[name=outcome] option[value=dismissed]"))
                    .click();
            Browser.clickAndWait(browser, row.findElement(By.cssSelector("button[type=submit]")));
            assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText())
                    .contains("Report #" + reportId + ": dismissed");
            assertThat(browser.findElements(By.xpath("//tr[td[text()='" + reportId + "']]")))
                    .as("no longer in the open queue")
                    .isEmpty();
            Browser.clickAndWait(browser, browser.findElement(By.partialLinkText("dismissed")));
            assertThat(browser.findElement(By.xpath("//tr[td[text()='" + reportId + "']]"))
                            .getText())
                    .contains("dismissed · events-admin");
        } finally {
            browser.quit();
        }
        assertThat(api.get("/api/events/" + id).json().at("/data/status").asString())
                .as("dismissing changes nothing about the event")
                .isEqualTo("published");
    }

    private static String create(Api api, String token, String title, boolean publish) {
        Instant start = Instant.now().plus(Duration.ofDays(5));
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        var created = api.post(
                "/api/events",
                Map.of(
                        "title", title,
                        "interests", List.of(2),
                        "starts_at", start.atZone(kolkata).toOffsetDateTime().toString(),
                        "ends_at",
                                start.plusSeconds(7200)
                                        .atZone(kolkata)
                                        .toOffsetDateTime()
                                        .toString(),
                        "venue", Map.of("name", "Cubbon Park", "city", "Bengaluru"),
                        "publish", publish),
                token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().at("/data/id").asString();
    }
}
