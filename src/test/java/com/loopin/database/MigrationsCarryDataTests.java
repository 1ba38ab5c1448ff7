package com.loopin.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migrations that move data keep it: a PostgreSQL database migrated to the version before each, given rows in the
 * old shape, then migrated to the latest.
 */
class MigrationsCarryDataTests {

    private static final String DATABASE = "loopin_migrations";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;

    private static SingleConnectionDataSource dataSource;
    private static JdbcClient jdbc;

    @BeforeAll
    static void aDatabaseAtVersion28WithEventsTagsAndWebhooks() throws SQLException {
        try (Connection admin =
                DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            admin.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
            admin.createStatement().execute("create database " + DATABASE);
        }
        dataSource = new SingleConnectionDataSource(URL, "postgres", "", true);
        jdbc = JdbcClient.create(dataSource);
        flyway("28").migrate();

        List<Long> interests = jdbc.sql("select id from event_interest order by id limit 3")
                .query(Long.class)
                .list();
        insertEvent("evtTwoTg");
        insertEvent("evtNoTag");
        insertEvent("evtLimit", "published", 10);
        insertEvent("evtDraft", "draft", null);
        jdbc.sql("insert into event_tag (event_id, interest_id) values ('evtTwoTg', ?), ('evtTwoTg', ?)")
                .params(interests.get(2), interests.get(0))
                .update();
        webhook("evt_captured", """
                {"event": "payment.captured", "payload": {"payment": {"entity": {"id": "pay_1", "order_id": "order_1"}}}}""");
        webhook("evt_refund", """
                {"event": "refund.processed", "payload": {"refund": {"entity": {"id": "rfnd_1", "payment_id": "pay_1"}}}}""");
        webhook("evt_transfer", """
                {"event": "transfer.failed", "payload": {"transfer": {"entity": {"id": "trf_1", "source": "order_2"}}}}""");

        flyway(null).migrate();
    }

    @Test
    void anEventsTagsBecomeItsSortedInterestIdsAndAnEventWithoutTagsHasNone() {
        List<Long> interests = jdbc.sql("select id from event_interest order by id limit 3")
                .query(Long.class)
                .list();

        assertThat(interestsOf("evtTwoTg")).containsExactly(interests.get(0), interests.get(2));
        assertThat(interestsOf("evtNoTag")).isNull();
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'event_tag'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void eventsPublishedWithoutALimitGetTheirEightRowsOfSeatsAndOthersNone() {
        assertThat(jdbc.sql("select event_id, count(*) from event_seat_stripe group by event_id order by event_id")
                        .query((row, n) -> row.getString(1) + "=" + row.getInt(2))
                        .list())
                .containsExactly("evtNoTag=8", "evtTwoTg=8");
    }

    @Test
    void webhooksKeptBeforeNameTheirOrderAndPaymentAsNewOnesDo() {
        assertThat(names("evt_captured")).containsExactly("order_1", "pay_1");
        assertThat(names("evt_refund")).containsExactly(null, "pay_1");
        assertThat(names("evt_transfer")).containsExactly("order_2", null);
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static void insertEvent(String id) {
        insertEvent(id, "published", null);
    }

    private static void insertEvent(String id, String status, Integer capacity) {
        jdbc.sql("""
                        insert into event (id, host_id, status, title, description, starts_at, ends_at, time_zone,
                            online, city, city_key, admission, audience, max_seats_per_request, visibility, capacity,
                            created_at, updated_at)
                        values (?, 1, ?, 'A walk', 'An easy walk.', now() + interval '1 day',
                            now() + interval '2 days', 'Asia/Kolkata', false, 'Pune', 'pune', 'open', 'everyone', 1,
                            'public', ?, now(), now())""").params(id, status, capacity).update();
    }

    private static void webhook(String id, String payload) {
        jdbc.sql("insert into payment_webhook (event_id, event_type, payload, received_at) values (?, 'x', ?, now())")
                .params(id, payload)
                .update();
    }

    private static List<Long> interestsOf(String eventId) {
        return jdbc.sql("select interest_ids from event where id = ?")
                .param(eventId)
                .query((row, n) -> {
                    Array ids = row.getArray(1);
                    return ids == null
                            ? null
                            : Arrays.stream((Object[]) ids.getArray())
                                    .map(id -> ((Number) id).longValue())
                                    .toList();
                })
                .list()
                .getFirst();
    }

    private static List<String> names(String eventId) {
        return jdbc.sql("select gateway_order_id, payment_id from payment_webhook where event_id = ?")
                .param(eventId)
                .query((row, n) -> Arrays.asList(row.getString(1), row.getString(2)))
                .list()
                .getFirst();
    }
}
