package com.loopin.notifications;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.marks;
import static com.loopin.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code push_device}. */
@Repository
class DeviceRepository {

    private static final String COLUMNS =
            "id, user_id, token, platform, app_version, language, created_at, last_seen_at";

    private final JdbcClient jdbc;

    DeviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers the token for the person: a new row, or the token's row moved to them (a phone changes hands, or
     * another account signs in on it) with what the app says now. Runs outside a transaction: a parallel first
     * registration of the same token makes the insert fail, and the update then wins.
     *
     * @return true when the token was new
     */
    boolean register(long userId, String token, String platform, String appVersion, String language, Instant now) {
        if (moved(userId, token, platform, appVersion, language, now)) {
            return false;
        }
        try {
            jdbc.sql("insert into push_device (token, user_id, platform, app_version, language, created_at,"
                            + " last_seen_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(token, userId, platform, appVersion, language, utc(now), utc(now))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            moved(userId, token, platform, appVersion, language, now);
            return false;
        }
    }

    private boolean moved(long userId, String token, String platform, String appVersion, String language, Instant now) {
        return jdbc.sql("update push_device set user_id = ?, platform = ?, app_version = ?, language = ?,"
                                + " last_seen_at = ? where token = ?")
                        .params(userId, platform, appVersion, language, utc(now), token)
                        .update()
                == 1;
    }

    boolean delete(long userId, String token) {
        return jdbc.sql("delete from push_device where user_id = ? and token = ?")
                        .params(userId, token)
                        .update()
                == 1;
    }

    /** FCM said the token is dead. */
    void deleteById(long id) {
        jdbc.sql("delete from push_device where id = ?").param(id).update();
    }

    /** Forgets all but the person's {@code keep} most recently seen devices. */
    void keepNewest(long userId, int keep) {
        jdbc.sql("delete from push_device where user_id = ? and id not in (select id from push_device where user_id = ?"
                        + " order by last_seen_at desc, id desc limit ?)")
                .params(userId, userId, keep)
                .update();
    }

    int deleteAllOf(long userId) {
        return jdbc.sql("delete from push_device where user_id = ?")
                .param(userId)
                .update();
    }

    List<Device> ofPerson(long userId) {
        return jdbc.sql("select " + COLUMNS + " from push_device where user_id = ? order by last_seen_at desc")
                .param(userId)
                .query((row, n) -> device(row))
                .list();
    }

    List<Device> ofPeople(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from push_device where user_id in (" + marks(userIds.size()) + ")")
                .params(List.copyOf(userIds))
                .query((row, n) -> device(row))
                .list();
    }

    private static Device device(ResultSet row) throws SQLException {
        return new Device(
                row.getLong("id"),
                row.getLong("user_id"),
                row.getString("token"),
                row.getString("platform"),
                row.getString("app_version"),
                row.getString("language"),
                instant(row, "created_at"),
                instant(row, "last_seen_at"));
    }
}
