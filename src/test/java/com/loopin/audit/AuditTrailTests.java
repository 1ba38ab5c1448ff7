package com.loopin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.interests.EventInterests;
import com.loopin.interests.InterestView;
import com.loopin.shared.Actor;
import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffRole;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.ConsoleSession;
import com.loopin.support.FlowTest;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestPhones;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same change makes the same audit entry whichever door it came through: the console, the staff API or the
 * app itself. Only the actor differs, and it is written the same way for the same person.
 */
@FlowTest
class AuditTrailTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    StaffAccounts staff;

    @Autowired
    EventInterests interests;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String staffName;
    final String password = "an-audit-test-password";
    String staffToken;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        staffName = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(Actor.system("test"), staffName, password, StaffRole.STAFF);
        staffToken = api.post("/api/auth/token", Map.of("username", staffName, "password", password))
                .text("token");
    }

    @Test
    void aDeactivationIsTheSameEntryFromTheConsoleTheStaffApiAndTheApp() throws Exception {
        var byConsole = newUser();
        var console = signedInConsole();
        console.get("/admin/users/" + byConsole.id() + "/deactivate");
        assertThat(console.post("/admin/users/" + byConsole.id() + "/deactivate", Map.of(), true)
                        .statusCode())
                .isEqualTo(302);

        var byStaffApi = newUser();
        assertThat(delete("/api/users/" + byStaffApi.id(), staffToken).status()).isEqualTo(200);

        var bySelf = newUser();
        assertThat(delete("/api/users/" + bySelf.id(), bySelf.token()).status()).isEqualTo(200);

        for (var user : List.of(byConsole, byStaffApi, bySelf)) {
            var entry = onlyEntry(user, "user.deactivate");
            assertThat(entry.get("summary")).isEqualTo("Deactivated " + user.number() + " (sessions ended)");
            assertThat(entry.get("before_text")).isEqualTo("status: active");
            assertThat(entry.get("after_text")).isEqualTo("status: inactive");
        }
        assertThat(onlyEntry(byConsole, "user.deactivate").get("actor")).isEqualTo(staffName);
        assertThat(onlyEntry(byStaffApi, "user.deactivate").get("actor")).isEqualTo(staffName);
        assertThat(onlyEntry(bySelf, "user.deactivate").get("actor")).isEqualTo("user:" + bySelf.id());
    }

    @Test
    void aProfileEditIsTheSameEntryFromTheConsoleTheStaffApiAndTheAppAndNamesTheInterests() throws Exception {
        InterestView kept = interests.active().get(0);
        InterestView added = interests.active().get(1);

        var byConsole = newUser(kept);
        var console = signedInConsole();
        console.get("/admin/profiles/" + byConsole.id() + "/edit");
        var form = new HashMap<>(Map.of(
                "name", "Asha Verma",
                "birthDate", "1995-01-01",
                "gender", "male",
                "pictures", "https://example.com/pic1.jpg\nhttps://example.com/pic2.jpg",
                "bio", "",
                "location", ""));
        form.put("eventInterests", added.id().toString());
        var saved = console.post("/admin/profiles/" + byConsole.id() + "/edit", form, true);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

        Map<String, Object> change = new HashMap<>(PhoneAuthClient.validProfile());
        change.put("name", "Asha Verma");
        change.put("event_interests", List.of(added.id()));
        var byStaffApi = newUser(kept);
        assertThat(put("/api/users/" + byStaffApi.id(), change, staffToken).status())
                .isEqualTo(200);
        var bySelf = newUser(kept);
        assertThat(put("/api/users/" + bySelf.id(), change, bySelf.token()).status())
                .isEqualTo(200);

        for (var user : List.of(byConsole, byStaffApi, bySelf)) {
            var entry = onlyEntry(user, "profile.update");
            assertThat(entry.get("summary")).isEqualTo("Edited the profile of " + user.number());
            assertThat(entry.get("before_text")).isEqualTo("name: Gaurav Kumar; event_interests: " + kept.name());
            assertThat(entry.get("after_text")).isEqualTo("name: Asha Verma; event_interests: " + added.name());
        }
        assertThat(onlyEntry(byConsole, "profile.update").get("actor")).isEqualTo(staffName);
        assertThat(onlyEntry(byStaffApi, "profile.update").get("actor")).isEqualTo(staffName);
        assertThat(onlyEntry(bySelf, "profile.update").get("actor")).isEqualTo("user:" + bySelf.id());
    }

    @Test
    void aChangeThatIsRefusedLeavesNoEntry() {
        var user = newUser();
        Map<String, Object> change = new HashMap<>(PhoneAuthClient.validProfile());
        change.put("birth_date", "2020-01-01");
        assertThat(put("/api/users/" + user.id(), change, staffToken).status()).isEqualTo(400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where target_type = 'user' and target_id = ?",
                        Long.class,
                        Long.toString(user.id())))
                .isZero();
    }

    private record User(long id, String number, String token) {}

    private User newUser(InterestView... chosen) {
        String number = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", Api.phone(number));
        var verified = api.post("/api/auth/verify-otp", Api.code(number, sms.lastCodeFor(number)));
        String token = verified.text("token");
        Map<String, Object> profile = new HashMap<>(PhoneAuthClient.validProfile());
        if (chosen.length > 0) {
            profile.put(
                    "event_interests",
                    List.of(chosen).stream().map(InterestView::id).toList());
        }
        assertThat(api.post("/api/auth/complete-profile", profile, token).status())
                .isEqualTo(200);
        return new User(verified.json().at("/data/user_id").asLong(), number, token);
    }

    private ConsoleSession signedInConsole() throws Exception {
        var console = new ConsoleSession(port);
        assertThat(console.signIn(staffName, password)).endsWith("/admin/");
        return console;
    }

    private Map<String, Object> onlyEntry(User user, String action) {
        return jdbc.queryForMap(
                "select actor, summary, before_text, after_text from audit_entry"
                        + " where target_type = 'user' and target_id = ? and action = ?",
                Long.toString(user.id()),
                action);
    }

    private Api.Response delete(String path, String token) {
        return api.send(api.request(path, token).DELETE().build());
    }

    private Api.Response put(String path, Object body, String token) {
        return api.send(api.request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        JsonMapper.builder().build().writeValueAsString(body)))
                .build());
    }
}
