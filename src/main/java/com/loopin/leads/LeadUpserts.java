package com.loopin.leads;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * PostgreSQL only: a lead created or changed in one statement, on the code flow's path (every code request and
 * verification). Plain JDBC: through a Spring Data native query the same statement cost several times its own
 * time in query handling (JFR under bench/run.sh's load).
 */
@Repository
class LeadUpserts {

    private final JdbcClient jdbc;

    LeadUpserts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the lead or counts one more code for it. */
    void codeSent(String phone, boolean test, Instant now) {
        jdbc.sql("""
                        insert into phone_lead (phone_number, first_requested_at, last_requested_at, codes_sent,
                                                failed_attempts, is_verified, is_test, created_at, updated_at)
                        values (:phone, :now, :now, 1, 0, false, :test, :now, :now)
                        on conflict (phone_number) do update
                        set codes_sent = phone_lead.codes_sent + 1, last_requested_at = :now, updated_at = :now,
                            is_test = :test, last_message_id = null, delivery_status = null, delivery_error = null,
                            delivery_updated_at = null""")
                .param("phone", phone)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("test", test)
                .update();
    }

    /** Creates the lead or converts it. */
    void verified(String phone, String by, Instant now) {
        jdbc.sql("""
                        insert into phone_lead (phone_number, first_requested_at, last_requested_at, codes_sent,
                                                failed_attempts, is_verified, verified_at, verified_by, created_at,
                                                updated_at)
                        values (:phone, :now, :now, 0, 0, true, :now, :by, :now, :now)
                        on conflict (phone_number) do update
                        set is_verified = true, verified_at = :now, verified_by = :by, updated_at = :now
                        where phone_lead.is_verified = false""")
                .param("phone", phone)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .update();
    }
}
