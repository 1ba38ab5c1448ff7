package com.loopin.pumping;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffRole;
import com.loopin.support.Api;
import com.loopin.support.Browser;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.TestDatabaseSetup;
import com.loopin.support.TestPhones;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A pumping campaign, hundreds of code requests to one Nigerian prefix that nobody verifies, beside normal Indian
 * sign-ups that mostly verify: the detector throttles the campaign's prefix only; normal traffic is never refused;
 * a number of the prefix that has an account still logs in; staff lift the throttle in the console (a real
 * Chromium) and codes go out again; staff block another prefix by hand. On a database of its own, so no other test's traffic counts.
 */
@FlowTest
@TestPropertySource(
        properties = {
            "loopin.pumping.enabled=true",
            "loopin.pumping.check-interval=1h",
            // the hourly rule alone: PumpingCampaignTests shows a burst stopped within seconds
            "loopin.pumping.burst-numbers=100000"
        })
class SmsPumpingTests {

    static final String DATABASE = "loopin_pumping";
    static final String CAMPAIGN = "+2348031";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
        TestDatabaseSetup.ownDatabase(DATABASE, registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    PumpingDetector detector;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SmsSegments segments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCampaignIsThrottledWhileNormalTrafficFlowsAndStaffCanLiftIt() {
        String member = TestPhones.mobileStartingWith(CAMPAIGN);
        assertThat(signUp(member, true))
                .as("a real user of the prefix, before the campaign")
                .isEqualTo(200);
        List<Integer> normal = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            assertThat(signUp(TestPhones.mobileStartingWith(CAMPAIGN), false)).isEqualTo(200);
            if (i % 5 == 0) {
                normal.add(signUp(TestPhones.newIndianMobile(), i % 30 != 0));
            }
        }

        List<Throttle> decided = detector.check();

        assertThat(decided).extracting(t -> t.segment().key()).containsExactly("+234 8031");
        assertThat(decided.getFirst().reason())
                .startsWith("1 of 301 verified (0 %), 301 numbers, 301 clients in the last");
        var refused = api().post("/api/auth/signup", Api.phone(TestPhones.mobileStartingWith(CAMPAIGN)));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.text("code")).isEqualTo("SMS_SEGMENT_THROTTLED");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(3500L, 3600L);
        assertThat(signUp(TestPhones.mobileStartingWith("+2348061"), false))
                .as("another prefix of the country")
                .isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            normal.add(signUp(TestPhones.newIndianMobile(), true));
        }
        assertThat(normal).as("normal traffic, before and after the decision").containsOnly(200);
        assertThat(logIn(member))
                .as("a number with an account is never locked out")
                .isEqualTo(200);
        assertThat(detector.check()).as("decided once").isEmpty();

        liftInTheConsole();

        assertThat(signUp(TestPhones.mobileStartingWith(CAMPAIGN), false)).isEqualTo(200);
        assertThat(signUp(TestPhones.mobileStartingWith("+2348061"), false))
                .as("blocked by hand in the console")
                .isEqualTo(429);
        assertThat(detector.check())
                .as("the detector leaves a segment staff lifted alone for a while")
                .isEmpty();
        assertThat(jdbc.sql("select actor || ' ' || action from audit_entry where target_id = '+234 8031' order by id")
                        .query(String.class)
                        .list())
                .containsExactly("system:pumping-detector sms_segment.throttle", "fraud-desk sms_segment.lift");
        assertThat(jdbc.sql("select actor || ' ' || action from audit_entry where target_id = '+234 8061'")
                        .query(String.class)
                        .list())
                .containsExactly("fraud-desk sms_segment.block");
    }

    @Test
    void theFraudPageCountsWhatThisInstanceHasNotAddedToTheDatabaseYet() {
        var phone = new com.loopin.shared.PhoneNumber(TestPhones.mobileStartingWith("+2348091"));
        segments.codeSent(phone, "10.0.0.1");

        assertThat(segments.busiest())
                .filteredOn(report -> report.segment().key().equals("+234 8091"))
                .singleElement()
                .satisfies(report -> assertThat(report.hour().requested()).isEqualTo(1));
    }

    /** In a real Chromium where there is one; without it, the same two decisions through the module's API. */
    private void liftInTheConsole() {
        if (!Browser.available()) {
            var desk = com.loopin.shared.Actor.staff("fraud-desk");
            Throttle active = segments.activeThrottles().stream()
                    .filter(t -> t.segment().key().equals("+234 8031"))
                    .findFirst()
                    .orElseThrow();
            assertThat(segments.lift(active.id(), desk)).isTrue();
            segments.block(
                    Segment.parse("+2348061").orElseThrow(),
                    java.time.Duration.ofMinutes(30),
                    "a reseller's test numbers",
                    desk);
            return;
        }
        staff.create(com.loopin.shared.Actor.system("test"), "fraud-desk", "fraud-desk-password-1", StaffRole.STAFF);
        ChromeDriver browser = Browser.start();
        try {
            browser.get(url("/admin/login"));
            browser.findElement(By.name("username")).sendKeys("fraud-desk");
            browser.findElement(By.name("password")).sendKeys("fraud-desk-password-1");
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));
            browser.get(url("/admin/fraud"));
            assertThat(browser.findElement(By.id("active-throttles")).getText()).contains("+234 8031", "detector");
            assertThat(browser.findElement(By.id("segments")).getText()).contains("+234 8031", "throttled");
            assertThat(browser.findElements(By.cssSelector("svg.chart rect"))).hasSize(48);
            Browser.screenshot(browser, "40-fraud");
            Browser.clickAndWait(browser, browser.findElement(By.linkText("Lift…")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lift the throttle on +234 8031?");
            Browser.clickAndWait(browser, browser.findElement(By.xpath("//button[text()='Yes, lift it']")));
            assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText())
                    .contains("Lifted the throttle on +234 8031");
            assertThat(browser.findElement(By.id("no-throttles")).isDisplayed()).isTrue();
            Browser.screenshot(browser, "41-fraud-lifted");

            block(browser, "Nigeria", "30");
            assertThat(browser.findElement(By.cssSelector(".flash.bad")).getText())
                    .contains("\"Nigeria\" is not a segment");
            block(browser, "234-8061", "30");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Block +234 8061 for 30 minutes?");
            Browser.clickAndWait(browser, browser.findElement(By.xpath("//button[text()='Yes, block it']")));
            assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText())
                    .contains("Blocked code requests to +234 8061 until");
            assertThat(browser.findElement(By.id("active-throttles")).getText())
                    .contains("+234 8061", "fraud-desk", "a reseller's test numbers");
        } finally {
            browser.quit();
        }
    }

    private static void block(ChromeDriver browser, String segment, String minutes) {
        var form = browser.findElement(By.id("block-form"));
        form.findElement(By.name("segment")).sendKeys(segment);
        form.findElement(By.name("minutes")).clear();
        form.findElement(By.name("minutes")).sendKeys(minutes);
        form.findElement(By.name("reason")).sendKeys("a reseller's test numbers");
        Browser.clickAndWait(browser, form.findElement(By.cssSelector("button[type=submit]")));
    }

    /** Asks for a sign-up code from an address of its own; verifies it if told to. Returns the request's status. */
    private int signUp(String number, boolean verify) {
        Api api = api();
        var sent = api.post("/api/auth/signup", Api.phone(number));
        if (sent.status() == 200 && verify) {
            assertThat(api.post("/api/auth/verify-otp", Api.code(number, sms.lastCodeFor(number)))
                            .status())
                    .isEqualTo(200);
        }
        return sent.status();
    }

    private int logIn(String number) {
        Api api = api();
        var sent = api.post("/api/auth/login", Api.phone(number));
        if (sent.status() != 200) {
            return sent.status();
        }
        return api.post("/api/auth/verify-login", Api.code(number, sms.lastCodeFor(number)))
                .status();
    }

    private Api api() {
        return new Api(port, Api.randomAddress());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
