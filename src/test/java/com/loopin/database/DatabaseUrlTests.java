package com.loopin.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTests {

    @Test
    void readsTheOriginalPostgresqlUrlForm() {
        var url = DatabaseUrl.parse("postgresql://loopin:s3cret@db.example.com:5432/loopin_db");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/loopin_db");
        assertThat(url.username()).isEqualTo("loopin");
        assertThat(url.password()).isEqualTo("s3cret");
    }

    @Test
    void acceptsThePostgresSchemeAndKeepsQueryParameters() {
        var url = DatabaseUrl.parse("postgres://u:p@host/db?sslmode=require&connectTimeout=5");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host/db?sslmode=require&connectTimeout=5");
    }

    @Test
    void decodesPercentEncodedCredentials() {
        var url = DatabaseUrl.parse(
                "postgresql://postgres.abcd:p%40ss%3Aw0rd%2B@aws-0.pooler.supabase.com:6543/postgres");
        assertThat(url.username()).isEqualTo("postgres.abcd");
        assertThat(url.password()).isEqualTo("p@ss:w0rd+");
        assertThat(url.jdbcUrl())
                .isEqualTo("jdbc:postgresql://aws-0.pooler.supabase.com:6543/postgres?prepareThreshold=0");
    }

    @Test
    void passesJdbcUrlsThrough() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h:5432/d").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
    }

    @Test
    void refusesOtherSchemesWithAClearMessage() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:p@h/d")).hasMessageContaining("postgresql://");
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(DatabaseUrl.parse("postgresql://u:topsecret@h/d").toString()).doesNotContain("topsecret");
    }

    @Test
    void turnsOffServerSidePreparedStatementsBehindSupabasesTransactionPooler() {
        var url = DatabaseUrl.parse(
                "postgresql://postgres.abcd:pw@aws-0-ap-south-1.pooler.supabase.com:6543/postgres?sslmode=require");
        assertThat(url.jdbcUrl())
                .isEqualTo(
                        "jdbc:postgresql://aws-0-ap-south-1.pooler.supabase.com:6543/postgres?sslmode=require&prepareThreshold=0");
    }

    @Test
    void keepsPreparedStatementsOnSupabasesSessionPoolerAndDirectConnection() {
        assertThat(DatabaseUrl.parse("postgresql://u:p@aws-0-ap-south-1.pooler.supabase.com:5432/postgres")
                        .jdbcUrl())
                .doesNotContain("prepareThreshold");
        assertThat(DatabaseUrl.parse("postgresql://postgres:p@db.abcd.supabase.co:5432/postgres?sslmode=require")
                        .jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.abcd.supabase.co:5432/postgres?sslmode=require");
    }

    @Test
    void readsPgbouncerTrueAsATransactionPooler() {
        assertThat(DatabaseUrl.parse("postgresql://u:p@pgbouncer.internal:6432/loopin?pgbouncer=true&connectTimeout=5")
                        .jdbcUrl())
                .isEqualTo("jdbc:postgresql://pgbouncer.internal:6432/loopin?connectTimeout=5&prepareThreshold=0");
    }
}
