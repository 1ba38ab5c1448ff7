package com.loopin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.loopin.shared.Actor;
import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffRole;
import com.loopin.staff.StaffSecondFactor;
import com.loopin.staff.StaffView;
import com.loopin.support.ConsoleSession;
import com.loopin.support.TestBeans;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Second-review finding 3: a session that passed the password step with a stolen password must not survive the
 * member's password reset or second-factor reset, and must not go on to enrol an authenticator of its own.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "loopin.staff.require-2fa=true")
@Import(TestBeans.class)
class HalfSignedInSessionTests {

    static final String PASSWORD = "a-long-staff-password";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffSecondFactor secondFactor;

    StaffView member;

    @BeforeEach
    void createMember() {
        String username = "half-" + UUID.randomUUID().toString().substring(0, 8);
        member = accounts.create(Actor.system("test"), username, PASSWORD, StaffRole.STAFF);
    }

    @Test
    void aPasswordResetEndsASessionWaitingForItsSecondStep() throws Exception {
        var thief = new ConsoleSession(port);
        assertThat(thief.signIn(member.username(), PASSWORD)).endsWith("/admin/login/code");
        assertThat(thief.get("/admin/two-factor").statusCode())
                .as("the enrolment page")
                .isEqualTo(200);

        accounts.resetPassword(Actor.staff("superuser"), member.id(), "another-long-password-2026");

        var after = thief.get("/admin/two-factor");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("/admin/login?ended");
    }

    @Test
    void aSecondFactorResetEndsASessionWaitingForItsCode() throws Exception {
        byte[] secret = new Base32().decode(secondFactor.begin(member).secret());
        secondFactor.confirm(member, code(secret));
        var thief = new ConsoleSession(port);
        assertThat(thief.signIn(member.username(), PASSWORD)).endsWith("/admin/login/code");
        assertThat(thief.get("/admin/login/code").statusCode()).isEqualTo(200);

        secondFactor.reset(Actor.staff("superuser"), accounts.find(member.id()).orElseThrow());

        var after = thief.get("/admin/two-factor");
        assertThat(after.statusCode())
                .as("the half-way session cannot go on to enrol its own authenticator")
                .isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("/admin/login?ended");
    }

    @Test
    void openingTheSetUpPageAgainKeepsThePendingSecret() throws Exception {
        var member = new ConsoleSession(port);
        member.signIn(this.member.username(), PASSWORD);
        String first = secretOn(member.get("/admin/two-factor").body());
        String again = secretOn(member.get("/admin/two-factor").body());
        assertThat(again)
                .as("a followed link or a reload must not replace the secret being scanned")
                .isEqualTo(first);
    }

    private static String secretOn(String page) {
        var secret = java.util.regex.Pattern.compile("<code id=\"secret\">([A-Z2-7]+)</code>")
                .matcher(page);
        assertThat(secret.find()).as("the set-up page shows its key").isTrue();
        return secret.group(1);
    }

    private static String code(byte[] secret) throws Exception {
        var totp = new TimeBasedOneTimePasswordGenerator();
        return String.format(
                "%06d", totp.generateOneTimePassword(new SecretKeySpec(secret, totp.getAlgorithm()), Instant.now()));
    }
}
