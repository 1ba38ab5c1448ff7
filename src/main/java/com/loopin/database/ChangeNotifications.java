package com.loopin.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every instance that something it keeps in memory changed (a session ended, interests changed), through
 * PostgreSQL's LISTEN/NOTIFY. A notification is sent in the transaction that made the change and arrives only if
 * it commits. Notifications sent while an instance's listening connection is down are lost, so subscribers keep
 * a periodic catch-up query and are told when the connection comes back. On the embedded H2 default (one
 * instance) nothing is sent: each change is applied in memory where it is made.
 *
 * <p>The listening connection is one of its own, outside the pool. Behind a transaction-mode pooler (Supabase's
 * port 6543, PgBouncer) LISTEN does not work: set {@code DATABASE_LISTEN_URL} to a direct or session-mode URL,
 * or the instances rely on the catch-up queries alone.
 *
 * <p>A listening connection can die silently (a proxy's idle timeout, a failover, a killed backend): it uses TCP
 * keepalive, is pinged after five silent seconds with a timeout, and is reopened with a back-off when either
 * fails; subscribers catch up after each reopening.
 */
@Component
public class ChangeNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
    private static final int WAIT_MILLIS = 1_000;
    /** A connection that stays silent this long is asked whether it still answers. */
    private static final long PING_AFTER_NANOS = Duration.ofSeconds(5).toNanos();
    /** A connection that does not answer a ping this fast is given up and opened anew. */
    private static final int PING_TIMEOUT_SECONDS = 5;

    /** How the listening connection shows in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "loopin-listener";

    private final SqlDialect dialect;
    private final JdbcClient jdbc;
    private final Environment environment;
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private final List<Runnable> catchUps = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile Connection connection;
    private Thread listener;

    ChangeNotifications(SqlDialect dialect, JdbcClient jdbc, Environment environment) {
        this.dialect = dialect;
        this.jdbc = jdbc;
        this.environment = environment;
    }

    /** Sends a notification from the current transaction (or at once, outside one). */
    public void publish(String channel, String payload) {
        if (dialect.isPostgres()) {
            jdbc.sql("select pg_notify(?, ?)").params(channel, payload).query().singleRow();
        }
    }

    /**
     * @param onMessage called with each payload sent on the channel (by any instance, this one included)
     * @param catchUp called after the listening connection was (re)opened, when notifications may have been lost
     */
    public void subscribe(String channel, Consumer<String> onMessage, Runnable catchUp) {
        subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(onMessage);
        catchUps.add(catchUp);
    }

    @Override
    public void start() {
        running = true;
        if (dialect.isPostgres() && !subscribers.isEmpty()) {
            listener = Thread.ofVirtual().name("db-notifications").start(this::listen);
        }
    }

    @Override
    public void stop() {
        running = false;
        closeQuietly();
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration backoff = Duration.ofMillis(250);
        while (running) {
            try (Connection opened = open()) {
                connection = opened;
                try (Statement statement = opened.createStatement()) {
                    for (String channel : subscribers.keySet()) {
                        statement.execute("LISTEN " + channel);
                    }
                }
                backoff = Duration.ofMillis(250);
                catchUps.forEach(ChangeNotifications::runQuietly);
                PGConnection pg = opened.unwrap(PGConnection.class);
                long heardAt = System.nanoTime();
                while (running) {
                    PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        for (PGNotification notification : received) {
                            deliver(notification.getName(), notification.getParameter());
                        }
                        heardAt = System.nanoTime();
                    } else if (System.nanoTime() - heardAt > PING_AFTER_NANOS) {
                        ping(opened);
                        heardAt = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Change notifications: listening connection lost ({}); reconnecting", e.getMessage());
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                            ? Duration.ofSeconds(10)
                            : backoff.multipliedBy(2);
                }
            } finally {
                connection = null;
            }
        }
    }

    private static void ping(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(PING_TIMEOUT_SECONDS);
            statement.execute("select 1");
        }
    }

    private void deliver(String channel, String payload) {
        for (Consumer<String> subscriber : subscribers.getOrDefault(channel, List.of())) {
            try {
                subscriber.accept(payload);
            } catch (RuntimeException e) {
                log.warn("Change notifications: a subscriber of {} failed: {}", channel, e.toString());
            }
        }
    }

    private Connection open() throws SQLException {
        String listenUrl = environment.getProperty("DATABASE_LISTEN_URL", "");
        var properties = new Properties();
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        // a ping that the network swallows fails after this instead of hanging; above the ping's own timeout
        properties.setProperty("socketTimeout", Integer.toString(PING_TIMEOUT_SECONDS * 3));
        if (!listenUrl.isBlank()) {
            DatabaseUrl url = DatabaseUrl.parse(listenUrl);
            properties.setProperty("user", url.username());
            properties.setProperty("password", url.password());
            return DriverManager.getConnection(url.jdbcUrl(), properties);
        }
        properties.setProperty("user", environment.getProperty("spring.datasource.username", ""));
        properties.setProperty("password", environment.getProperty("spring.datasource.password", ""));
        return DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"), properties);
    }

    private void closeQuietly() {
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException ignored) {
                // closing is all that is left to do
            }
        }
    }

    private static void runQuietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Change notifications: catch-up failed: {}", e.toString());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
