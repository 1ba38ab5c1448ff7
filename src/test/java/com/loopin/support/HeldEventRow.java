package com.loopin.support;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Another transaction that holds an event's row, as one taking seats of an event with a limit or a host's edit holds
 * it until its commit ({@code for no key update} on PostgreSQL; H2 knows only {@code for update}). Closing rolls it
 * back.
 */
public final class HeldEventRow implements AutoCloseable {

    private final Connection connection;

    private HeldEventRow(Connection connection) {
        this.connection = connection;
    }

    public static HeldEventRow hold(DataSource dataSource, String eventId) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
            try (var hold = connection.prepareStatement(
                    "select id from event where id = ? for " + (h2 ? "update" : "no key update"))) {
                hold.setString(1, eventId);
                hold.executeQuery().close();
            }
            return new HeldEventRow(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
