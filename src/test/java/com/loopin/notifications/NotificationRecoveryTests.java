package com.loopin.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.loopin.going.HostMessageSent;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.MutableClock;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestEvents;
import com.loopin.support.TestPhones;
import com.loopin.support.TestUsers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a crash ({@code kill -9}) leaves behind, and that it is finished afterwards, once: outbox rows committed with
 * their change and not relayed (the instance died after the commit), and a push claimed by an instance that died
 * before sending it. Each state is made as the crash leaves it, then the surviving instance's jobs run.
 */
@FlowTest
class NotificationRecoveryTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    MutableClock clock;

    @Autowired
    NotificationOutbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    PushDispatcher dispatcher;

    @Autowired
    DevPushInbox devPushes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    Api api;
    PhoneAuthClient auth;

    @BeforeEach
    void setUp() {
        clock.reset();
        api = new Api(port);
        auth = new PhoneAuthClient(api, sms);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void whatTheOutboxHoldsIsWrittenOnceThoughTwoInstancesRelayAtOnceAndAFailingRowHoldsUpNothing() throws Exception {
        String host = auth.signUpComplete(TestPhones.newIndianMobile());
        String guest = auth.signUpComplete(TestPhones.newIndianMobile());
        String id = TestEvents.create(api, host, Map.of("admission", "open", "capacity", 5));
        assertThat(api.post("/api/events/" + id + "/requests", Map.of(), guest).status())
                .isEqualTo(201);
        var sent = new HostMessageSent(
                "crash" + System.nanoTime() % 10_000_000,
                id,
                "Crash test",
                userId(host),
                "Meet at gate 2",
                List.of(userId(guest)));
        // the message's transaction committed with its outbox row, and a row no relay can read; the instance that
        // wrote them died before relaying
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.on(sent);
            jdbc.sql("insert into notification_outbox (event_type, payload, attempts, created_at)"
                            + " values ('com.example.Unknown', '{}', 0, ?)")
                    .param(Timestamp.from(Instant.now()))
                    .update();
        });

        try (var instances = Executors.newFixedThreadPool(2)) {
            var first = instances.submit(relay::relay);
            var second = instances.submit(relay::relay);
            first.get();
            second.get();
        }
        relay.relay();

        assertThat(messagesTo(guest, sent.messageId()))
                .as("relayed by two at once, written once")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification_outbox where payload like ?")
                        .param("%" + sent.messageId() + "%")
                        .query(Long.class)
                        .single())
                .as("done rows are deleted")
                .isZero();
        assertThat(jdbc.sql("select attempts from notification_outbox where event_type = 'com.example.Unknown'")
                        .query(Integer.class)
                        .list())
                .as("the unreadable row is kept with its failures counted")
                .allSatisfy(attempts -> assertThat(attempts).isPositive());
        jdbc.sql("delete from notification_outbox where event_type = 'com.example.Unknown'")
                .update();
    }

    @Test
    void aPushClaimedByAnInstanceThatDiedIsSentAfterItsLease() {
        String host = auth.signUpComplete(TestPhones.newIndianMobile());
        String guest = auth.signUpComplete(TestPhones.newIndianMobile());
        api.put("/api/me/notification-settings", Map.of("categories", Map.of("requests", false)), host);
        assertThat(api.post("/api/me/devices", Map.of("token", "lease-" + System.nanoTime(), "platform", "ios"), host)
                        .status())
                .isEqualTo(201);
        String id = TestEvents.create(api, host, Map.of("admission", "approval", "capacity", 5));
        assertThat(api.post("/api/events/" + id + "/requests", Map.of(), guest).status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> itemOf(host) != null);
        String item = itemOf(host);
        long device = jdbc.sql("select id from push_device where user_id = ?")
                .param(userId(host))
                .query(Long.class)
                .single();
        Instant now = clock.instant();
        // the dead instance had claimed it for 60 s and counted its attempt
        jdbc.sql("""
                        insert into push_delivery (notification_id, device_id, user_id, kind, status, attempts, due_at,
                                                   lease_until, created_at, updated_at)
                        values (?, ?, ?, 'request_received', 'pending', 1, ?, ?, ?, ?)""")
                .params(
                        item,
                        device,
                        userId(host),
                        Timestamp.from(now),
                        Timestamp.from(now.plusSeconds(60)),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();

        dispatcher.sendDue();
        assertThat(pushed(item)).as("not while the lease holds").isFalse();

        clock.advance(Duration.ofSeconds(61));
        await().atMost(Duration.ofSeconds(10)).until(() -> pushed(item));
        assertThat(jdbc.sql("select attempts from push_delivery where notification_id = ?")
                        .param(item)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    private boolean pushed(String item) {
        return devPushes.pushes().stream().anyMatch(push -> push.id().equals(item));
    }

    private String itemOf(String token) {
        return jdbc.sql("select id from notification where user_id = ? order by created_at desc limit 1")
                .param(userId(token))
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long messagesTo(String token, String messageId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and dedupe_key like ?")
                .params(userId(token), "host_message:" + messageId + ":%")
                .query(Long.class)
                .single();
    }

    private long userId(String token) {
        return TestUsers.userId(api, jdbc, token);
    }
}
