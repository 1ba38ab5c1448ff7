package com.loopin.notifications;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code notification_campaign}. */
@Repository
class CampaignRepository {

    private static final String COLUMNS =
            "id, title, body, interest_id, city, audience, sent, status, created_by, created_at, sent_at";

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new campaign's id; empty when this confirmation was sent before */
    Optional<Long> insert(String requestKey, Campaigns.Draft draft, int audience, String staff, Instant now) {
        int inserted = jdbc.sql("""
                        insert into notification_campaign (request_key, title, body, interest_id, city, audience, status,
                                                           created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, 'sending', ?, ?) on conflict do nothing""")
                .params(
                        requestKey,
                        draft.title(),
                        draft.body(),
                        draft.interestId(),
                        draft.city(),
                        audience,
                        staff,
                        utc(now))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select id from notification_campaign where request_key = ?")
                .param(requestKey)
                .query(Long.class)
                .single());
    }

    Optional<Campaigns.Campaign> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification_campaign where id = ?")
                .param(id)
                .query((row, n) -> campaign(row))
                .optional();
    }

    void sent(long id, int sent, Instant now) {
        jdbc.sql(
                        "update notification_campaign set status = 'sent', sent = ?, sent_at = ? where id = ? and status = 'sending'")
                .params(sent, utc(now), id)
                .update();
    }

    List<Campaigns.Campaign> latest(int max) {
        return jdbc.sql("select " + COLUMNS + " from notification_campaign order by created_at desc, id desc limit ?")
                .param(max)
                .query((row, n) -> campaign(row))
                .list();
    }

    private static Campaigns.Campaign campaign(ResultSet row) throws SQLException {
        long interest = row.getLong("interest_id");
        Integer sent = row.getObject("sent") == null ? null : row.getInt("sent");
        return new Campaigns.Campaign(
                row.getLong("id"),
                row.getString("title"),
                row.getString("body"),
                row.wasNull() ? null : interest,
                row.getString("city"),
                row.getInt("audience"),
                sent,
                row.getString("status"),
                row.getString("created_by"),
                instant(row, "created_at"),
                instant(row, "sent_at"));
    }
}
