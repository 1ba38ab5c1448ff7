package com.loopin.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the test database on the local PostgreSQL once per test run, unless DATABASE_URL points elsewhere.
 * Tests never share state through fixed data: each one uses numbers of its own.
 */
public class TestDatabaseSetup implements LauncherSessionListener {

    public static final String DATABASE = "loopin_test";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";

    /**
     * A fresh, empty database for one test class whose traffic must not mix with the others' (or that takes its
     * database away): dropped if left from an earlier run, created, and given to the application. In the
     * embedded-database pass, an H2 file of its own.
     */
    public static void ownDatabase(String name, org.springframework.test.context.DynamicPropertyRegistry registry)
            throws SQLException {
        String embedded = System.getProperty("spring.datasource.url", "");
        if (embedded.startsWith("jdbc:h2:file:")) {
            // the embedded-database pass: a file of its own beside the shared one
            registry.add("spring.datasource.url", () -> embedded.replaceFirst("/[^/;]+;", "/" + name + ";"));
            return;
        }
        try (Connection admin = DriverManager.getConnection(SERVER, "postgres", "")) {
            admin.createStatement().execute("drop database if exists " + name + " with (force)");
            admin.createStatement().execute("create database " + name);
        }
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:5432/" + name);
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getenv("DATABASE_URL") != null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The tests need PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth): " + e.getMessage(), e);
        }
    }
}
