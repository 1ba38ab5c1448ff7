package com.loopin.users;

import com.loopin.shared.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What other modules see of a user ({@link UserAccount}), in one plain query: it is asked on every code request,
 * verification and refresh, where Spring Data's and Hibernate's handling around the same query cost more than
 * the query (JFR under bench/run.sh's load). A profile is complete once it has been completed.
 */
@Repository
class AccountReads {

    private static final String ACCOUNT = """
            select u.id, u.phone_number, p.name, u.is_active, p.is_verified, p.completed_at
            from app_user u left join user_profile p on p.user_id = u.id
            """;

    private final JdbcClient jdbc;

    AccountReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> byPhone(PhoneNumber phone) {
        return jdbc.sql(ACCOUNT + "where u.phone_number = ?")
                .param(phone.e164())
                .query(AccountReads::account)
                .optional();
    }

    Optional<UserAccount> byId(long id) {
        return jdbc.sql(ACCOUNT + "where u.id = ?")
                .param(id)
                .query(AccountReads::account)
                .optional();
    }

    private static UserAccount account(ResultSet row, int rowNumber) throws SQLException {
        return new UserAccount(
                row.getLong(1),
                new PhoneNumber(row.getString(2)),
                row.getString(3),
                row.getBoolean(4),
                Boolean.TRUE.equals(row.getObject(5, Boolean.class)),
                row.getObject(6, OffsetDateTime.class) != null);
    }
}
