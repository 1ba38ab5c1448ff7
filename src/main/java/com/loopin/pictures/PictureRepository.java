package com.loopin.pictures;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PictureRepository {

    private final JdbcClient jdbc;

    PictureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored picture's row. */
    record Row(String key, String thumbnailKey, Long userId, String contentType, Instant createdAt) {}

    void insert(String key, String thumbnailKey, long userId, PictureProcessor.Processed picture, Instant at) {
        jdbc.sql("insert into picture (picture_key, thumbnail_key, user_id, content_type, width, height, size_bytes,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        key,
                        thumbnailKey,
                        userId,
                        picture.contentType(),
                        picture.width(),
                        picture.height(),
                        picture.picture().length,
                        utc(at))
                .update();
    }

    /** Locks the user's uploads until the transaction ends; the quota check and the insert happen under it. */
    void lockUploadsOf(long userId) {
        jdbc.sql("insert into picture_uploader (user_id) values (?) on conflict do nothing")
                .param(userId)
                .update();
        jdbc.sql("select user_id from picture_uploader where user_id = ? for update")
                .param(userId)
                .query(Long.class)
                .single();
    }

    int countForUser(long userId) {
        return jdbc.sql("select count(*) from picture where user_id = ?")
                .params(userId)
                .query(Integer.class)
                .single();
    }

    /** The row of a picture or of its thumbnail. */
    Optional<Row> findByAnyKey(String key) {
        return jdbc.sql("select picture_key, thumbnail_key, user_id, content_type, created_at from picture"
                        + " where picture_key = ? or thumbnail_key = ?")
                .params(key, key)
                .query(PictureRepository::row)
                .optional();
    }

    List<Row> forUser(long userId) {
        return jdbc.sql("select picture_key, thumbnail_key, user_id, content_type, created_at from picture"
                        + " where user_id = ?")
                .params(userId)
                .query(PictureRepository::row)
                .list();
    }

    List<Row> createdBefore(Instant before, int limit) {
        return jdbc.sql("select picture_key, thumbnail_key, user_id, content_type, created_at from picture"
                        + " where created_at < ? order by created_at limit ?")
                .params(utc(before), limit)
                .query(PictureRepository::row)
                .list();
    }

    void delete(String key) {
        jdbc.sql("delete from picture where picture_key = ?").params(key).update();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        long user = rs.getLong("user_id");
        return new Row(
                rs.getString("picture_key"),
                rs.getString("thumbnail_key"),
                rs.wasNull() ? null : user,
                rs.getString("content_type"),
                instant(rs, "created_at"));
    }
}
