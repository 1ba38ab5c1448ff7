package com.loopin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffRole;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.ConsoleSession;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestBeans;
import com.loopin.support.TestPhones;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"loopin.limits.staff-sign-ins-per-ip=20", "loopin.console.pictures.hosts=images.loopin.test"})
@Import(TestBeans.class)
class ConsoleSecurityTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    com.loopin.users.UserManagement users;

    String username;
    final String password = "a-long-staff-password";

    @BeforeEach
    void createStaff() {
        username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(com.loopin.shared.Actor.system("test"), username, password, StaffRole.STAFF);
    }

    @Test
    void theConsoleNeedsASignedInStaffMember() throws Exception {
        var browser = new ConsoleSession(port);
        var response = browser.get("/admin/leads");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login");
    }

    @Test
    void aMobileAccessTokenDoesNotOpenTheConsole() throws Exception {
        String token = new PhoneAuthClient(new Api(port), sms).signUp(TestPhones.newIndianMobile());
        var response = new ConsoleSession(port).get("/admin/", "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        var browser = new ConsoleSession(port);
        browser.signIn(username, password);
        browser.get("/admin/interests");
        var withoutToken = browser.post("/admin/interests", Map.of("name", "Sneaky " + UUID.randomUUID()), false);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        var withToken = browser.post("/admin/interests", Map.of("name", "Honest " + UUID.randomUUID()), true);
        assertThat(withToken.statusCode()).isEqualTo(302);
    }

    @Test
    void userTextIsEscapedAndTheConsoleHasAStrictCsp() throws Exception {
        var api = new Api(port);
        String number = TestPhones.newIndianMobile();
        String token = new PhoneAuthClient(api, sms).signUp(number);
        Map<String, Object> form = new HashMap<>(PhoneAuthClient.validProfile());
        form.put("bio", "<script>alert('owned')</script><img src=x onerror=alert(1)>");
        assertThat(api.post("/api/auth/complete-profile", form, token).status()).isEqualTo(200);
        long userId = api.get("/api/auth/profile", token).json().at("/data/id").asLong();
        var browser = new ConsoleSession(port);
        browser.signIn(username, password);

        var page = browser.get("/admin/users?q=" + number.substring(3));
        Matcher link = Pattern.compile("/admin/users/(\\d+)").matcher(page.body());
        assertThat(link.find()).isTrue();
        var detail = browser.get("/admin/users/" + link.group(1));

        assertThat(detail.body())
                .contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x");
        assertThat(detail.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(userId).isPositive();
    }

    @Test
    void aDuplicateInterestNameIsRefusedWithAMessageNotAnError() throws Exception {
        var browser = new ConsoleSession(port);
        browser.signIn(username, password);
        browser.get("/admin/interests");
        var duplicate = browser.post("/admin/interests", Map.of("name", "music & concerts"), true);
        assertThat(duplicate.statusCode())
                .as("the page again, with the message beside the form and what was typed")
                .isEqualTo(200);
        assertThat(duplicate.body())
                .contains("There is already an interest named music &amp; concerts.")
                .contains("value=\"music &amp; concerts\"");
    }

    @Test
    void aSuperuserIsToldWhichWayAnActivationWasRefused() throws Exception {
        String boss = "boss-" + UUID.randomUUID().toString().substring(0, 8);
        var own = staff.create(com.loopin.shared.Actor.system("test"), boss, password, StaffRole.SUPERUSER);
        var browser = new ConsoleSession(port);
        browser.signIn(boss, password);
        browser.get("/admin/staff");

        browser.post("/admin/staff/987654321/active", Map.of("active", "false"), true);
        assertThat(browser.get("/admin/staff").body()).contains("No such staff account.");
        browser.post("/admin/staff/" + own.id() + "/active", Map.of("active", "false"), true);
        assertThat(browser.get("/admin/staff").body()).contains("You cannot deactivate your own account.");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithTheSameAnswer() throws Exception {
        var browser = new ConsoleSession(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(username, "wrong-password-" + i)).endsWith("/admin/login?error");
        }
        assertThat(browser.signIn(username, password))
                .as("locked: even the right password is refused, with the same answer")
                .endsWith("/admin/login?error");
        assertThat(new ConsoleSession(port).signIn("nobody-" + UUID.randomUUID(), password))
                .endsWith("/admin/login?error");
    }

    @Test
    void sendingANewCodeToALeadGoesThroughTheProviderAndIsAudited() throws Exception {
        var api = new Api(port);
        String number = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", Api.phone(number));
        long sentBefore = sms.countFor(number);
        var browser = new ConsoleSession(port);
        browser.signIn(username, password);
        var list = browser.get("/admin/leads?q=" + number.substring(3));
        Matcher id = Pattern.compile("name=\"ids\" value=\"(\\d+)\"").matcher(list.body());
        assertThat(id.find()).isTrue();

        var sent = browser.post("/admin/leads/send-code", Map.of("ids", id.group(1)), true);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sms.countFor(number)).isEqualTo(sentBefore + 1);
        var audit = browser.get("/admin/audit?q=" + number.substring(3));
        assertThat(audit.body()).contains("lead.send_code").contains(username);
        assertThat(browser.get("/admin/leads?q=" + number.substring(3)).body())
                .as("codes are never shown")
                .doesNotContain(sms.lastCodeFor(number) + "<");
    }

    @Test
    void signingOutEndsTheConsoleSession() throws Exception {
        var browser = new ConsoleSession(port);
        browser.signIn(username, password);
        browser.get("/admin/leads");
        var out = browser.post("/admin/logout", Map.of(), true);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?logout");
        assertThat(browser.get("/admin/leads").statusCode()).isEqualTo(302);
    }

    @Test
    void aDeactivatedStaffMemberIsSignedOutAtOnceAndAResetPasswordWorks() throws Exception {
        String bossName = "boss-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(com.loopin.shared.Actor.system("test"), bossName, "a-superuser-password", StaffRole.SUPERUSER);
        var worker = new ConsoleSession(port);
        assertThat(worker.signIn(username, password)).endsWith("/admin/");
        var boss = new ConsoleSession(port);
        boss.signIn(bossName, "a-superuser-password");
        var page = boss.get("/admin/staff");
        String row = java.util.Arrays.stream(page.body().split("<tr"))
                .filter(r -> r.contains(">" + username + "<"))
                .findFirst()
                .orElseThrow();
        String ownRow = java.util.Arrays.stream(page.body().split("<tr"))
                .filter(r -> r.contains(">" + bossName + "<"))
                .findFirst()
                .orElseThrow();
        assertThat(ownRow).as("no Deactivate button on one's own row").doesNotContain("/active");
        Matcher id = Pattern.compile("/admin/staff/(\\d+)/active").matcher(row);
        assertThat(id.find())
                .as("the staff page offers to deactivate " + username)
                .isTrue();

        assertThat(boss.post("/admin/staff/" + id.group(1) + "/active", Map.of("active", "false"), true)
                        .statusCode())
                .isEqualTo(302);
        var next = worker.get("/admin/leads");
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?ended");
        assertThat(new ConsoleSession(port).signIn(username, password)).endsWith("/admin/login?error");

        boss.get("/admin/staff");
        boss.post("/admin/staff/" + id.group(1) + "/active", Map.of("active", "true"), true);
        boss.get("/admin/staff");
        boss.post("/admin/staff/" + id.group(1) + "/password", Map.of("password", "a-brand-new-password"), true);
        assertThat(new ConsoleSession(port).signIn(username, "a-brand-new-password"))
                .endsWith("/admin/");
        assertThat(boss.get("/admin/audit?q=" + username).body())
                .contains("staff.deactivate")
                .contains("staff.reset_password");
    }

    @Test
    void aPasswordResetEndsTheMembersConsoleSessionAndStaffTokens() throws Exception {
        var worker = new ConsoleSession(port);
        assertThat(worker.signIn(username, password)).endsWith("/admin/");
        var api = new com.loopin.support.Api(port);
        String token = api.post("/api/auth/token", Map.of("username", username, "password", password))
                .text("token");
        assertThat(api.get("/api/users?page=1", token).status()).isEqualTo(200);

        long id = staff.all().stream()
                .filter(member -> member.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
        staff.resetPassword(com.loopin.shared.Actor.system("test"), id, "a-password-set-by-the-boss");

        assertThat(worker.get("/admin/leads").headers().firstValue("Location").orElseThrow())
                .endsWith("/admin/login?ended");
        assertThat(api.get("/api/users?page=1", token).status())
                .as("the staff token issued under the old password")
                .isEqualTo(401);
        assertThat(new ConsoleSession(port).signIn(username, "a-password-set-by-the-boss"))
                .endsWith("/admin/");
        String newToken = api.post(
                        "/api/auth/token", Map.of("username", username, "password", "a-password-set-by-the-boss"))
                .text("token");
        assertThat(api.get("/api/users?page=1", newToken).status())
                .as("a staff token issued under the new password")
                .isEqualTo(200);
    }

    @Test
    void staffChangeTheirOwnPasswordAndTheirOtherSessionsEnd() throws Exception {
        var here = new ConsoleSession(port);
        here.signIn(username, password);
        var elsewhere = new ConsoleSession(port);
        elsewhere.signIn(username, password);

        here.get("/admin/password");
        var wrong =
                here.post("/admin/password", Map.of("current", "not-my-password", "password", "x".repeat(14)), true);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("The current password is not right.");

        here.get("/admin/password");
        var changed =
                here.post("/admin/password", Map.of("current", password, "password", "my-own-new-password"), true);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/admin/");
        assertThat(here.get("/admin/leads").statusCode())
                .as("the session that made the change carries on")
                .isEqualTo(200);
        assertThat(elsewhere
                        .get("/admin/leads")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/admin/login?ended");
        assertThat(new ConsoleSession(port).signIn(username, "my-own-new-password"))
                .endsWith("/admin/");
        assertThat(new ConsoleSession(port).signIn(username, password)).endsWith("/admin/login?error");
    }

    @Test
    void picturesAreShownOnlyFromAllowedHostsAndTheOthersAreLinks() throws Exception {
        String number = com.loopin.support.TestPhones.newIndianMobile();
        var api = new com.loopin.support.Api(port);
        String token = new com.loopin.support.PhoneAuthClient(api, sms).signUp(number);
        var profile = new java.util.HashMap<String, Object>(com.loopin.support.PhoneAuthClient.validProfile());
        profile.put(
                "profile_pictures",
                java.util.List.of("https://images.loopin.test/a.jpg", "https://tracker.evil.test/b.jpg"));
        assertThat(api.post("/api/auth/complete-profile", profile, token).status())
                .isEqualTo(200);
        long userId = users.findByPhone(new com.loopin.shared.PhoneNumber(number))
                .orElseThrow()
                .id();

        var browser = new ConsoleSession(port);
        browser.signIn(username, password);
        var page = browser.get("/admin/users/" + userId);
        assertThat(page.body())
                .contains("<img src=\"https://images.loopin.test/a.jpg\"")
                .doesNotContain("src=\"https://tracker.evil.test")
                .contains("href=\"https://tracker.evil.test/b.jpg\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("img-src 'self' data: https://images.loopin.test;")
                .doesNotContain(" https: ");
    }

    @Test
    void pagesCountFromOneAndBadParametersAreAStyled400NotA500() throws Exception {
        var browser = new ConsoleSession(port);
        browser.signIn(username, password);
        assertThat(browser.get("/admin/leads?page=1").body()).contains("Page 1");
        var bad = browser.get("/admin/leads?page=abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("does not understand").contains("Loopin");
        var denied = browser.get("/admin/staff");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("This page is for superusers");
        assertThat(browser.get("/favicon.ico").statusCode()).isEqualTo(200);
        var unknown = browser.get("/admin/users/987654321");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("There is no such user").doesNotContain("signup");
    }

    @Test
    void onlySuperusersManageStaff() throws Exception {
        var browser = new ConsoleSession(port);
        browser.signIn(username, password);
        assertThat(browser.get("/admin/staff").statusCode()).isEqualTo(403);
        assertThat(browser.get("/admin/leads").body()).doesNotContain("href=\"/admin/staff\"");
    }

    @Test
    void manyUsernamesFromOneAddressAreThrottled() throws Exception {
        var browser = new ConsoleSession(port);
        browser.spoof = Api.randomAddress();
        for (int i = 0; i < 20; i++) {
            browser.signIn("sprayed-" + i, "Summer2026!Summer");
        }
        assertThat(browser.signIn(username, password))
                .as("the address is throttled: even a right password is refused, with the same answer")
                .endsWith("/admin/login?error");
        var elsewhere = new ConsoleSession(port);
        elsewhere.spoof = Api.randomAddress();
        assertThat(elsewhere.signIn(username, password)).endsWith("/admin/");
    }

    @Test
    void theRightPasswordSignsInAndRotatesTheSession() throws Exception {
        var browser = new ConsoleSession(port);
        browser.get("/admin/login");
        String before = browser.cookie("JSESSIONID");
        assertThat(browser.signIn(username, password)).endsWith("/admin/");
        assertThat(browser.cookie("JSESSIONID")).isNotEqualTo(before);
        assertThat(browser.get("/admin/leads").statusCode()).isEqualTo(200);
    }

    /** A browser's session: cookies kept, redirects not followed, the CSRF token read from the last page. */
}
