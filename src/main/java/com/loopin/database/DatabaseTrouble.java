package com.loopin.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells trouble we do not control (the database unreachable or restarting, the pool exhausted, a statement
 * timeout, a serialization failure or deadlock) from a bug. The first is answered 503 with Retry-After and one
 * WARN line; only the second is a 500.
 */
public final class DatabaseTrouble {

    /** What clients are told to wait: about the time the pool takes to reconnect after the database is back. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /**
     * SQLSTATE classes and codes: 08 connection exceptions, 53 insufficient resources, 57P01–57P03 shutdown and
     * cannot-connect-now, 57014 statement timeout (query cancelled), 40001 serialization failure, 40P01 deadlock.
     */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "57014", "40001", "40P01");

    private DatabaseTrouble() {}

    public static boolean isTransient(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof CannotCreateTransactionException
                    || e instanceof DataAccessResourceFailureException
                    || e instanceof TransientDataAccessException
                    || e instanceof RecoverableDataAccessException
                    || e instanceof SQLTransientException
                    || e instanceof SQLRecoverableException
                    || e instanceof SQLNonTransientConnectionException
                    || e instanceof ConnectException) {
                return true;
            }
            if (e instanceof SQLException sql && isClosedConnection(sql)) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("53") || TRANSIENT_STATES.contains(state)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A connection the pool or the driver already knows is dead (the rollback after a killed backend reports
     * only this, with the first error logged and lost).
     */
    private static boolean isClosedConnection(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("connection is closed") || message.contains("connection has been closed");
    }

    /** One line for the log: what failed, without a stack trace. */
    public static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return error.getClass().getSimpleName()
                + (root == error ? "" : " caused by " + root.getClass().getSimpleName()) + ": " + root.getMessage();
    }
}
