package com.loopin.users;

import com.loopin.shared.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on {@code app_user}: the {@link User} aggregate, and what other modules see of a user ({@link
 * UserAccount}) in one plain query with the profile's name and completion, asked on every code request,
 * verification and refresh.
 */
@Repository
class UserRepository {

    private static final String ACCOUNT = """
            select u.id, u.phone_number, p.name, u.is_active, p.completed_at
            from app_user u left join user_profile p on p.user_id = u.id
            """;

    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient jdbc;

    UserRepository(JdbcAggregateTemplate aggregates, JdbcClient jdbc) {
        this.aggregates = aggregates;
        this.jdbc = jdbc;
    }

    User insert(User user) {
        return aggregates.insert(user);
    }

    Optional<User> find(long id) {
        return Optional.ofNullable(aggregates.findById(id, User.class));
    }

    void update(User user) {
        aggregates.update(user);
    }

    /** The database cascades to the profile, its pictures and interests, and the user's sessions. */
    void delete(long id) {
        jdbc.sql("delete from app_user where id = ?").param(id).update();
    }

    Optional<UserAccount> accountByPhone(PhoneNumber phone) {
        return jdbc.sql(ACCOUNT + "where u.phone_number = ?")
                .param(phone.e164())
                .query(UserRepository::account)
                .optional();
    }

    Optional<UserAccount> accountById(long id) {
        return jdbc.sql(ACCOUNT + "where u.id = ?")
                .param(id)
                .query(UserRepository::account)
                .optional();
    }

    private static UserAccount account(ResultSet row, int rowNumber) throws SQLException {
        return new UserAccount(
                row.getLong(1),
                new PhoneNumber(row.getString(2)),
                row.getString(3),
                row.getBoolean(4),
                row.getObject(5) != null);
    }
}
