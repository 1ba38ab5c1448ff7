package com.loopin.database;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which database the service runs on, decided once at start-up from the JDBC URL. Where PostgreSQL and the
 * embedded H2 default need different SQL, the one method that runs the statement holds both texts and asks
 * {@link #pick}; nothing else branches on the database.
 */
@Component
public class SqlDialect {

    private static final String POSTGRES_URL_PREFIX = "jdbc:postgresql:";

    private final boolean postgres;

    SqlDialect(Environment environment) {
        this.postgres = isPostgres(environment.getProperty("spring.datasource.url", ""));
    }

    /** The one place that recognises PostgreSQL by its JDBC URL. */
    public static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl.startsWith(POSTGRES_URL_PREFIX);
    }

    /** True on PostgreSQL: for what only it has (LISTEN/NOTIFY, advisory locks, statement timeouts). */
    public boolean isPostgres() {
        return postgres;
    }

    /** The statement for the database in use: PostgreSQL's text, or the embedded database's. */
    public String pick(String postgresSql, String embeddedSql) {
        return postgres ? postgresSql : embeddedSql;
    }
}
