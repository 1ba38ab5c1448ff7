package com.loopin.safety;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code user_block}. */
@Repository
class BlockRepository {

    record Block(long blockedId, Instant createdAt) {}

    private final JdbcClient jdbc;

    BlockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the block was there already */
    boolean insert(long blockerId, long blockedId, Instant now) {
        try {
            jdbc.sql("insert into user_block (blocker_id, blocked_id, created_at) values (?, ?, ?)")
                    .params(blockerId, blockedId, utc(now))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean delete(long blockerId, long blockedId) {
        return jdbc.sql("delete from user_block where blocker_id = ? and blocked_id = ?")
                        .params(blockerId, blockedId)
                        .update()
                == 1;
    }

    List<Block> blockedBy(long blockerId) {
        return jdbc.sql("select blocked_id, created_at from user_block where blocker_id = ? order by created_at desc")
                .param(blockerId)
                .query((row, n) -> new Block(row.getLong("blocked_id"), instant(row, "created_at")))
                .list();
    }

    boolean apart(long userId, long otherId) {
        return jdbc.sql("""
                        select count(*) from user_block
                        where (blocker_id = ? and blocked_id = ?) or (blocker_id = ? and blocked_id = ?)""")
                        .params(userId, otherId, otherId, userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Set<Long> apartFrom(long userId) {
        return Set.copyOf(jdbc.sql("""
                        select blocked_id from user_block where blocker_id = ?
                        union
                        select blocker_id from user_block where blocked_id = ?""").params(userId, userId).query(Long.class).list());
    }
}
