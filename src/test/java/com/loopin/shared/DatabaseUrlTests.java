package com.loopin.shared;

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
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://aws-0.pooler.supabase.com:6543/postgres");
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
}
