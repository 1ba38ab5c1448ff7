package com.loopin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.Browser;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestBeans;
import com.loopin.support.TestPhones;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A member of staff works the console in a real headless Chromium, against the running application on
 * PostgreSQL. Every page is saved as a screenshot under target/screenshots/.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"loopin.admin.username=console-admin", "loopin.admin.password=console-admin-password-1"})
@Import(TestBeans.class)
@EnabledIf("com.loopin.support.Browser#available")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    ChromeDriver browser;
    Api api;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        api = new Api(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void staffWorkTheConsoleEndToEnd() {
        String lead = TestPhones.newIndianMobile();
        assertThat(api.post("/api/auth/signup", Api.phone(lead)).status()).isEqualTo(200);
        String member = TestPhones.newIndianMobile();
        new PhoneAuthClient(api, sms).signUpComplete(member);

        signInWithAWrongThenTheRightPassword();
        dashboardShowsTheFunnel();
        leadSearchFindsANumberTypedAnyWay(lead);
        markingALeadVerifiedGoesThroughAConfirmation(lead);
        oneCheckboxSelectsEveryLeadOnThePage();
        editingAProfileShowsErrorsBesideTheFieldsThenSaves(member);
        profilesListsCompletedProfilesUnlessAskedForTheOthers(member);
        String interest = deactivatingAnInterestTakesItOutOfTheApp();
        theAuditLogRecordsTheChanges(lead, interest);
        aLeadLeadsToItsUserItsHistoryAndBackByLinksOnly(member);
        aUserIsDeactivatedOnlyAfterAConfirmation(member);
        theLeadsExportIsACsvOfTheFilteredList(lead);
        String helper = aSuperuserManagesStaff();
        theConsoleFitsAPhoneScreen(member);
        aStaffMemberIsShownTheStyledRefusalForSuperuserPages(helper);
    }

    private void signInWithAWrongThenTheRightPassword() {
        browser.get(url("/admin/"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/login");
        Browser.screenshot(browser, "01-login");
        signIn("console-admin", "not-the-password");
        assertThat(text(".flash.bad")).contains("Sign-in failed");
        Browser.screenshot(browser, "02-login-refused");
        signIn("console-admin", "console-admin-password-1");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/");
    }

    private void dashboardShowsTheFunnel() {
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElements(By.cssSelector(".stat"))).hasSize(7);
        assertThat(browser.findElements(By.cssSelector("svg.chart rect"))).hasSize(42);
        Browser.screenshot(browser, "03-dashboard");
        clickAndWait(browser.findElement(By.cssSelector("a.stat")));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .as("the 'Leads today' card opens the leads of today")
                .isEqualTo("Leads");
        assertThat(browser.getCurrentUrl()).contains("from=").contains("to=");
        browser.get(url("/admin/"));
    }

    private void leadSearchFindsANumberTypedAnyWay(String lead) {
        browser.get(url("/admin/leads"));
        WebElement search = browser.findElement(By.name("q"));
        search.sendKeys(lead.substring(3, 8) + " " + lead.substring(8));
        clickAndWait(browser.findElement(By.cssSelector(".filters button.primary")));
        assertThat(rows()).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("tbody tr")).getText())
                .contains(lead)
                .contains("unverified");
        Browser.screenshot(browser, "04-leads-search");
    }

    private void oneCheckboxSelectsEveryLeadOnThePage() {
        browser.get(url("/admin/leads"));
        browser.findElement(By.cssSelector("input.select-all")).click();
        assertThat(browser.findElements(By.cssSelector("tbody input[name=ids]")))
                .isNotEmpty()
                .allSatisfy(box -> assertThat(box.isSelected()).isTrue());
        browser.findElement(By.cssSelector("input.select-all")).click();
        assertThat(browser.findElements(By.cssSelector("tbody input[name=ids]")))
                .allSatisfy(box -> assertThat(box.isSelected()).isFalse());
    }

    private void markingALeadVerifiedGoesThroughAConfirmation(String lead) {
        browser.findElement(By.cssSelector("tbody input[type=checkbox]")).click();
        new Select(browser.findElement(By.name("action"))).selectByValue("mark-verified");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Apply to selected']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mark as verified?");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(lead);
        Browser.screenshot(browser, "05-lead-confirmation");
        clickAndWait(browser.findElement(By.cssSelector("main form button.primary")));
        assertThat(text(".flash.ok")).contains("1 lead marked verified");
        assertThat(browser.findElement(By.cssSelector("tbody tr")).getText())
                .contains("verified")
                .contains("console-admin");
        Browser.screenshot(browser, "06-lead-verified");
    }

    private void editingAProfileShowsErrorsBesideTheFieldsThenSaves(String member) {
        browser.get(url("/admin/profiles?q=" + member.substring(3)));
        assertThat(rows()).hasSize(1);
        Browser.screenshot(browser, "07-profiles");
        clickAndWait(browser.findElement(By.linkText("Edit")));
        WebElement birthDate = browser.findElement(By.name("birthDate"));
        assertThat(birthDate.getAttribute("type"))
                .as("a date picker, not free text")
                .isEqualTo("date");
        pickDate(birthDate, "2020-01-01");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Save']")));
        assertThat(browser.findElement(By.cssSelector(".has-error .field-error"))
                        .getText())
                .isEqualTo("You must be at least 18 years old.");
        Browser.screenshot(browser, "08-profile-error");
        pickDate(browser.findElement(By.name("birthDate")), "1990-06-15");
        WebElement pictures = browser.findElement(By.name("pictures"));
        String goodPictures = pictures.getAttribute("value");
        pictures.sendKeys("\nnot-a-url");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Save']")));
        assertThat(browser.findElement(By.cssSelector(".has-error .field-error"))
                        .getText())
                .as("the console says which line of the pictures is wrong")
                .startsWith("Line 3: ");
        pictures = browser.findElement(By.name("pictures"));
        pictures.clear();
        pictures.sendKeys(goodPictures);
        WebElement bio = browser.findElement(By.name("bio"));
        bio.clear();
        bio.sendKeys("Runs the Sunday football game");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Save']")));
        assertThat(text(".flash.ok")).contains("Saved the profile");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("15 Jun 1990")
                .contains("Sunday football");
        Browser.screenshot(browser, "09-user-detail");
    }

    /** What picking a day in the browser's date picker leaves in the field (the picker itself is Chromium's). */
    private void pickDate(WebElement field, String isoDate) {
        browser.executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", field, isoDate);
    }

    private void profilesListsCompletedProfilesUnlessAskedForTheOthers(String member) {
        String newcomer = TestPhones.newIndianMobile();
        assertThat(api.post("/api/auth/signup", Api.phone(newcomer)).status()).isEqualTo(200);
        assertThat(api.post("/api/auth/verify-otp", Api.code(newcomer, sms.lastCodeFor(newcomer)))
                        .status())
                .isEqualTo(200);
        browser.get(url("/admin/profiles?q=" + newcomer.substring(3)));
        assertThat(rows())
                .as("an account without a completed profile is not a profile")
                .isEmpty();
        new Select(browser.findElement(By.name("profile"))).selectByValue("incomplete");
        clickAndWait(browser.findElement(By.cssSelector(".filters button.primary")));
        assertThat(rows()).hasSize(1);
        assertThat(browser.findElement(By.tagName("tbody")).getText()).contains(newcomer);
    }

    private String deactivatingAnInterestTakesItOutOfTheApp() {
        String name = "Board Games " + UUID.randomUUID().toString().substring(0, 8);
        browser.get(url("/admin/interests"));
        browser.findElement(By.cssSelector("form.card input[name=name]")).sendKeys(name);
        clickAndWait(browser.findElement(By.xpath("//button[text()='Create']")));
        assertThat(text(".flash.ok")).contains("Created " + name);
        assertThat(api.get("/api/auth/event-interests").body()).contains(name);

        browser.findElement(By.cssSelector("input[aria-label='Select " + name + "']"))
                .click();
        clickAndWait(browser.findElement(By.xpath("//button[text()='Deactivate selected']")));
        assertThat(text(".flash.ok")).contains("Deactivated 1 interest");
        Browser.screenshot(browser, "10-interests");
        assertThat(api.get("/api/auth/event-interests").body()).doesNotContain(name);

        browser.findElement(By.cssSelector("#new-interest input[name=name]")).sendKeys(name);
        browser.findElement(By.cssSelector("#new-interest input[name=description]"))
                .sendKeys("typed once");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Create']")));
        assertThat(text("#new-interest .field-error")).contains("already");
        assertThat(browser.findElement(By.cssSelector("#new-interest input[name=description]"))
                        .getAttribute("value"))
                .as("what was typed is still there")
                .isEqualTo("typed once");

        clickAndWait(browser.findElement(By.cssSelector("a[aria-label='Edit " + name + "']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Edit " + name);
        var rename = browser.findElement(By.cssSelector("#edit-interest input[name=name]"));
        rename.clear();
        rename.sendKeys("Music & Concerts");
        browser.findElement(By.cssSelector("#edit-interest textarea[name=description]"))
                .sendKeys(" and dice");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Save']")));
        assertThat(text("#edit-interest .field-error")).contains("already");
        assertThat(browser.findElement(By.cssSelector("#edit-interest textarea[name=description]"))
                        .getAttribute("value"))
                .endsWith(" and dice");
        return name;
    }

    private void theAuditLogRecordsTheChanges(String lead, String interest) {
        // this member's entries: other tests' changes (events made under a moved clock) may be dated later
        browser.get(url("/admin/audit?actor=console-admin"));
        String log = browser.findElement(By.tagName("tbody")).getText();
        assertThat(log)
                .contains("lead.mark_verified")
                .contains(lead)
                .contains("profile.update")
                .contains("interest.deactivate")
                .contains(interest);
        Browser.screenshot(browser, "11-audit");
        browser.findElement(By.name("q")).sendKeys(interest);
        clickAndWait(browser.findElement(By.cssSelector(".filters button.primary")));
        assertThat(rows()).hasSize(2);
    }

    private void aLeadLeadsToItsUserItsHistoryAndBackByLinksOnly(String member) {
        browser.get(url("/admin/leads?q=" + member.substring(3)));
        clickAndWait(browser.findElement(By.linkText("user")));
        assertThat(browser.findElement(By.tagName("tbody")).getText()).contains(member);
        clickAndWait(browser.findElement(By.linkText(member)));
        String userPage = browser.getCurrentUrl();
        assertThat(userPage).matches(".*/admin/users/[0-9]+$");
        clickAndWait(browser.findElement(By.linkText("History")));
        assertThat(browser.findElement(By.id("history-of")).getText()).startsWith("The history of user ");
        assertThat(browser.findElement(By.tagName("tbody")).getText()).contains("profile.update");
        Browser.screenshot(browser, "14-user-history");
        clickAndWait(browser.findElement(By.linkText("open")));
        assertThat(browser.getCurrentUrl())
                .as("the audit entry leads to its record")
                .isEqualTo(userPage);

        browser.get(url("/admin/audit"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("action")))
                .selectByVisibleText("profile.update");
        clickAndWait(browser.findElement(By.cssSelector(".filters button.primary")));
        assertThat(browser.findElements(By.cssSelector("tbody tr td:nth-child(3)")))
                .isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("profile.update"));
    }

    private void aUserIsDeactivatedOnlyAfterAConfirmation(String member) {
        browser.get(url("/admin/users?q=" + member.substring(3)));
        clickAndWait(browser.findElement(By.linkText(member)));
        clickAndWait(browser.findElement(By.linkText("Deactivate…")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Deactivate ");
        clickAndWait(browser.findElement(By.linkText("Cancel")));
        assertThat(browser.findElement(By.cssSelector(".badge")).getText()).isEqualTo("active");
        clickAndWait(browser.findElement(By.linkText("Deactivate…")));
        clickAndWait(browser.findElement(By.xpath("//button[text()='Yes, deactivate']")));
        assertThat(text(".flash.ok")).contains("Deactivated " + member);
    }

    private void theLeadsExportIsACsvOfTheFilteredList(String lead) {
        browser.get(url("/admin/leads?q=" + lead.substring(3)));
        var exportForm = browser.findElement(By.id("export-form"));
        assertThat(exportForm.getAttribute("method")).isEqualTo("post");
        String csrf = exportForm.findElement(By.name("_csrf")).getAttribute("value");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        var csv = api.send(api.request("/admin/leads/export", null)
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("q=" + lead.substring(3) + "&_csrf="
                        + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8)))
                .build());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(csv.body().lines().toList()).hasSize(2);
        assertThat(csv.body()).contains("'" + lead + ",verified");
    }

    private String aSuperuserManagesStaff() {
        browser.get(url("/admin/staff"));
        String name = "helper-" + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.cssSelector("form.card input[name=username]")).sendKeys(name);
        browser.findElement(By.cssSelector("form.card input[name=password]")).sendKeys("a-helper-password");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Create']")));
        assertThat(text(".flash.ok")).contains("Created " + name);
        assertThat(browser.findElement(By.tagName("tbody")).getText()).contains(name);
        Browser.screenshot(browser, "12-staff");
        return name;
    }

    private void theConsoleFitsAPhoneScreen(String member) {
        Browser.phoneSized(browser);
        browser.get(url("/admin/leads"));
        assertThat(browser.findElement(By.cssSelector("nav.menu a[href$='/admin/users']"))
                        .isDisplayed())
                .as("at phone width the navigation is folded")
                .isFalse();
        browser.findElement(By.cssSelector("button.menu-toggle")).click();
        Browser.screenshot(browser, "13-menu-phone");
        clickAndWait(browser.findElement(By.linkText("Users")));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/users");

        var pages = new java.util.LinkedHashMap<String, String>();
        pages.put("/admin/", "20-dashboard-phone");
        pages.put("/admin/leads", "21-leads-phone");
        pages.put("/admin/users", "22-users-phone");
        pages.put("/admin/profiles", "23-profiles-phone");
        pages.put("/admin/interests", "24-interests-phone");
        pages.put("/admin/fraud", "25-fraud-phone");
        pages.put("/admin/audit", "26-audit-phone");
        pages.put("/admin/staff", "27-staff-phone");
        browser.get(url("/admin/users?q=" + member.substring(3)));
        clickAndWait(browser.findElement(By.linkText(member)));
        String user = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        String id = user.substring(user.lastIndexOf('/') + 1);
        pages.put(user, "28-user-phone");
        pages.put(user + "/deactivate", "29-user-deactivate-phone");
        pages.put("/admin/profiles/" + id + "/edit", "30-profile-edit-phone");
        pages.put("/admin/audit?target_type=user&target_id=" + id, "31-user-history-phone");
        pages.put("/admin/users/999999999", "32-not-found-phone");
        pages.put("/admin/leads?page=abc", "33-bad-request-phone");
        browser.get(url("/admin/interests"));
        pages.put(
                browser.findElement(By.cssSelector("a[aria-label^='Edit ']")).getDomAttribute("href"),
                "34-interest-edit-phone");
        pages.forEach((path, screenshot) -> {
            browser.get(url(path));
            Browser.screenshot(browser, screenshot);
            Object overflow = browser.executeScript("return document.body.scrollWidth > window.innerWidth + 1;");
            assertThat(overflow)
                    .as(path + " does not scroll sideways at 390 px; wide tables scroll in their box")
                    .isEqualTo(false);
        });

        browser.get(url("/admin/leads"));
        browser.findElement(By.cssSelector("tbody input[type=checkbox]")).click();
        new Select(browser.findElement(By.name("action"))).selectByValue("send-code");
        clickAndWait(browser.findElement(By.xpath("//button[text()='Apply to selected']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Send a new code?");
        Browser.screenshot(browser, "36-lead-confirmation-phone");
        assertThat(browser.executeScript("return document.body.scrollWidth > window.innerWidth + 1;"))
                .isEqualTo(false);
        clickAndWait(browser.findElement(By.linkText("Cancel")));
    }

    private void aStaffMemberIsShownTheStyledRefusalForSuperuserPages(String helper) {
        browser.findElement(By.cssSelector("button.menu-toggle")).click();
        clickAndWait(browser.findElement(By.xpath("//button[text()='Sign out']")));
        browser.get(url("/admin/login"));
        signIn(helper, "a-helper-password");
        browser.get(url("/admin/staff"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("This page is for superusers");
        assertThat(browser.findElement(By.cssSelector("header.top")).isDisplayed())
                .as("the refusal is a console page, in the console's layout")
                .isTrue();
        Browser.screenshot(browser, "35-denied-phone");
    }

    /**
     * Clicks and waits until a new page has loaded: the old page's window carries a marker the new one lacks.
     * (Checking the old page's elements for staleness races Chromium's own errors.)
     */
    private void clickAndWait(WebElement element) {
        Browser.clickAndWait(browser, element);
    }

    private void signIn(String username, String password) {
        browser.findElement(By.name("username")).clear();
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        clickAndWait(browser.findElement(By.cssSelector("button[type=submit]")));
    }

    private java.util.List<WebElement> rows() {
        return browser.findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> !row.getText().startsWith("No "))
                .toList();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
