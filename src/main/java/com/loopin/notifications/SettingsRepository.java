package com.loopin.notifications;

import static com.loopin.database.SqlValues.marks;
import static com.loopin.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code notification_settings}. */
@Repository
class SettingsRepository {

    private static final String COLUMNS =
            "user_id, language, time_zone, quiet_from, quiet_to, requests, reminders, changes, messages, marketing";

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NotificationSettings> find(long userId) {
        return Optional.ofNullable(findAll(List.of(userId)).get(userId));
    }

    /** The settings of those who have a row; the others have the defaults. */
    Map<Long, NotificationSettings> findAll(Collection<Long> userIds) {
        Map<Long, NotificationSettings> found = new HashMap<>();
        if (userIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select " + COLUMNS + " from notification_settings where user_id in (" + marks(userIds.size()) + ")")
                .params(List.copyOf(userIds))
                .query((ResultSet row) -> {
                    found.put(row.getLong("user_id"), settings(row));
                });
        return found;
    }

    /** Everyone who turned marketing on, at most {@code max}. */
    List<Long> marketingOptedIn(int max) {
        return jdbc.sql("select user_id from notification_settings where marketing = true order by user_id limit ?")
                .param(max)
                .query(Long.class)
                .list();
    }

    /** Writes the whole row; two first writes at once: the second overwrites the first. */
    void save(long userId, NotificationSettings settings, Instant now) {
        Object[] values = values(userId, settings, now);
        int updated = jdbc.sql("update notification_settings set language = ?, time_zone = ?, quiet_from = ?,"
                        + " quiet_to = ?, requests = ?, reminders = ?, changes = ?, messages = ?, marketing = ?,"
                        + " updated_at = ? where user_id = ?")
                .params(java.util.Arrays.copyOfRange(values, 1, values.length))
                .param(userId)
                .update();
        if (updated == 0) {
            try {
                insert(values);
            } catch (DuplicateKeyException e) {
                save(userId, settings, now);
            }
        }
    }

    /** The first settings of a person, unless they have some (the language of their first device). */
    void insertIfAbsent(long userId, NotificationSettings settings, Instant now) {
        jdbc.sql("insert into notification_settings (" + COLUMNS + ", updated_at) values (" + marks(11)
                        + ") on conflict do nothing")
                .params(values(userId, settings, now))
                .update();
    }

    private void insert(Object[] values) {
        jdbc.sql("insert into notification_settings (" + COLUMNS + ", updated_at) values (" + marks(11) + ")")
                .params(values)
                .update();
    }

    private static Object[] values(long userId, NotificationSettings settings, Instant now) {
        Set<Category> on = settings.categories();
        return new Object[] {
            userId,
            settings.language(),
            settings.timeZone().getId(),
            settings.quietFrom() == null ? null : settings.quietFrom().toString(),
            settings.quietTo() == null ? null : settings.quietTo().toString(),
            on.contains(Category.REQUESTS),
            on.contains(Category.REMINDERS),
            on.contains(Category.CHANGES),
            on.contains(Category.MESSAGES),
            on.contains(Category.MARKETING),
            utc(now)
        };
    }

    private static NotificationSettings settings(ResultSet row) throws SQLException {
        Set<Category> on = EnumSet.noneOf(Category.class);
        for (Category category : Category.values()) {
            if (row.getBoolean(category.value())) {
                on.add(category);
            }
        }
        String from = row.getString("quiet_from");
        String to = row.getString("quiet_to");
        return new NotificationSettings(
                row.getString("language"),
                ZoneId.of(row.getString("time_zone")),
                from == null ? null : LocalTime.parse(from),
                to == null ? null : LocalTime.parse(to),
                on);
    }
}
