package com.loopin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffRole;
import com.loopin.support.Api;
import com.loopin.support.Browser;
import com.loopin.support.TestBeans;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * With STAFF_REQUIRE_2FA, a superuser's first sign-in leads to setting up a second factor, in a real Chromium,
 * before the console opens; then they sign in with password and code; a wrong code is refused; a recovery code
 * works once. The staff API asks for the code too. Screenshots in target/screenshots.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "loopin.staff.require-2fa=true")
@Import(TestBeans.class)
@EnabledIf("com.loopin.support.Browser#available")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondFactorBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    ChromeDriver browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void aSuperuserSetsUpASecondFactorAndSignsInWithItOrARecoveryCodeOnce() throws Exception {
        String name = "boss-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a-superuser-password";
        staff.create(com.loopin.shared.Actor.system("test"), name, password, StaffRole.SUPERUSER);

        signIn(name, password);
        assertThat(browser.getCurrentUrl()).as("set-up comes first").endsWith("/admin/two-factor");
        browser.get(url("/admin/leads"));
        assertThat(browser.findElements(By.cssSelector("table")))
                .as("the console stays shut until the second factor is set up")
                .isEmpty();
        browser.get(url("/admin/two-factor"));
        String secret = browser.findElement(By.id("secret")).getText();
        assertThat(browser.findElement(By.cssSelector(".qr svg")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "30-2fa-set-up");
        browser.findElement(By.name("code")).sendKeys(code(secret, Instant.now()));
        clickAndWait(browser.findElement(By.cssSelector("#two-factor button[type=submit]")));
        List<String> recovery = browser.findElements(By.cssSelector(".recovery-codes li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        Browser.screenshot(browser, "31-2fa-recovery-codes");
        browser.get(url("/admin/leads"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Leads");
        signOut();

        signIn(name, password);
        assertThat(browser.getCurrentUrl()).endsWith("/admin/login/code");
        String right = code(secret, Instant.now().plusSeconds(30));
        enterCode(right.equals("123456") ? "654321" : "123456");
        assertThat(browser.findElement(By.cssSelector(".flash.bad")).getText()).contains("did not work");
        Browser.screenshot(browser, "32-2fa-wrong-code");
        enterCode(right);
        assertThat(browser.getCurrentUrl()).endsWith("/admin/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        signOut();

        signIn(name, password);
        enterCode(recovery.get(0));
        assertThat(browser.getCurrentUrl()).as("a recovery code signs in").endsWith("/admin/");
        signOut();
        signIn(name, password);
        enterCode(recovery.get(0));
        assertThat(browser.getCurrentUrl()).as("but only once").endsWith("/admin/login/code");
        Browser.screenshot(browser, "33-2fa-recovery-code-used");

        var api = new Api(port);
        assertThat(api.post("/api/auth/token", Map.of("username", name, "password", password))
                        .status())
                .as("the staff API wants the second factor too")
                .isEqualTo(401);
        assertThat(api.post("/api/auth/token", Map.of("username", name, "password", password, "code", recovery.get(1)))
                        .status())
                .isEqualTo(200);
    }

    private static String code(String secret, Instant at) throws Exception {
        var totp = new TimeBasedOneTimePasswordGenerator();
        var key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
        return String.format("%06d", totp.generateOneTimePassword(key, at));
    }

    private void signIn(String username, String password) {
        browser.get(url("/admin/login"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        clickAndWait(browser.findElement(By.cssSelector("button[type=submit]")));
    }

    private void enterCode(String code) {
        browser.findElement(By.name("code")).sendKeys(code);
        clickAndWait(browser.findElement(By.cssSelector("#second-step form.stack button[type=submit]")));
    }

    private void signOut() {
        browser.get(url("/admin/"));
        clickAndWait(browser.findElement(By.cssSelector("form.signout button")));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/login?logout");
    }

    private void clickAndWait(WebElement element) {
        Browser.clickAndWait(browser, element);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
