package com.loopin.payments;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.marks;
import static com.loopin.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code payout_account}. */
@Repository
class PayoutAccountRepository {

    private static final String COLUMNS = """
            user_id, linked_account_id, product_id, status, requirements, legal_name, beneficiary_name, business_type,
            email, phone, pan_last4, bank_last4, ifsc, street, city, state, postal_code, terms_accepted_at, updated_at""";

    private final JdbcClient jdbc;

    PayoutAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PayoutAccount> find(long userId) {
        return jdbc.sql("select " + COLUMNS + " from payout_account where user_id = ?")
                .param(userId)
                .query((row, n) -> account(row))
                .optional();
    }

    /** The details as the host gave them last (masked, the PAN sealed): a first registration or a correction. */
    void save(PayoutAccount account, String gateway, String panSealed, Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("legal_name", account.legalName());
        fields.put("beneficiary_name", account.beneficiaryName());
        fields.put("business_type", account.businessType());
        fields.put("email", account.email());
        fields.put("phone", account.phone());
        fields.put("pan_sealed", panSealed);
        fields.put("pan_last4", account.panLast4());
        fields.put("bank_last4", account.bankLast4());
        fields.put("ifsc", account.ifsc());
        fields.put("street", account.street());
        fields.put("city", account.city());
        fields.put("state", account.state());
        fields.put("postal_code", account.postalCode());
        fields.put("terms_accepted_at", utc(now));
        fields.put("updated_at", utc(now));
        List<Object> params = new ArrayList<>(fields.values());
        params.add(account.userId());
        int updated = jdbc.sql("update payout_account set " + String.join(" = ?, ", fields.keySet())
                        + " = ? where user_id = ?")
                .params(params)
                .update();
        if (updated == 0) {
            List<Object> row = new ArrayList<>(List.of(account.userId(), gateway, utc(now)));
            row.addAll(fields.values());
            jdbc.sql("insert into payout_account (user_id, gateway, created_at, status, "
                            + String.join(", ", fields.keySet()) + ") values (?, ?, ?, 'registering', "
                            + marks(fields.size()) + ")")
                    .params(row)
                    .update();
        }
    }

    void linked(long userId, String linkedAccountId, Instant now) {
        jdbc.sql(
                        "update payout_account set linked_account_id = ?, status = 'created', updated_at = ? where user_id = ?")
                .params(linkedAccountId, utc(now), userId)
                .update();
    }

    void status(long userId, String productId, String status, String requirements, Instant now) {
        jdbc.sql("update payout_account set product_id = ?, status = ?, requirements = ?, updated_at = ?"
                        + " where user_id = ?")
                .params(productId, status, requirements, utc(now), userId)
                .update();
    }

    /** The gateway's webhook about a linked account's product. */
    void statusOfLinked(String linkedAccountId, String status, String requirements, Instant now) {
        jdbc.sql("update payout_account set status = ?, requirements = ?, updated_at = ? where linked_account_id = ?")
                .params(status, requirements, utc(now), linkedAccountId)
                .update();
    }

    private static PayoutAccount account(ResultSet row) throws SQLException {
        return new PayoutAccount(
                row.getLong("user_id"),
                row.getString("linked_account_id"),
                row.getString("product_id"),
                row.getString("status"),
                row.getString("requirements"),
                row.getString("legal_name"),
                row.getString("beneficiary_name"),
                row.getString("business_type"),
                row.getString("email"),
                row.getString("phone"),
                row.getString("pan_last4"),
                row.getString("bank_last4"),
                row.getString("ifsc"),
                row.getString("street"),
                row.getString("city"),
                row.getString("state"),
                row.getString("postal_code"),
                instant(row, "terms_accepted_at"),
                instant(row, "updated_at"));
    }
}
