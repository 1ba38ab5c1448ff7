package com.loopin.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code postgresql://user:password@host:port/database?params} URL (also {@code postgres://}, or a ready
 * {@code jdbc:} URL) as JDBC settings. Query parameters such as {@code sslmode=require} are kept.
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    public static DatabaseUrl parse(String url) {
        String text = url.strip();
        if (text.startsWith("jdbc:")) {
            return new DatabaseUrl(text, "", "");
        }
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "DATABASE_URL is not a valid URL (expected postgresql://user:pass@host:port/db)");
        }
        String scheme = uri.getScheme();
        if (!"postgresql".equals(scheme) && !"postgres".equals(scheme)) {
            throw new IllegalArgumentException("DATABASE_URL must start with postgresql:// (got " + scheme + "://)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL has no host");
        }
        String username = "";
        String password = "";
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() > 0) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/postgres" : uri.getRawPath());
        String query = jdbcQuery(uri);
        if (!query.isEmpty()) {
            jdbc.append('?').append(query);
        }
        return new DatabaseUrl(jdbc.toString(), username, password);
    }

    /**
     * The URL's query for the JDBC driver. A transaction-mode pooler (PgBouncer, Supabase's pooler on port 6543,
     * or {@code pgbouncer=true} as Prisma spells it) hands each transaction to another server connection, so
     * server-side prepared statements must be off: {@code prepareThreshold=0}.
     */
    private static String jdbcQuery(URI uri) {
        List<String> params = new ArrayList<>();
        boolean pooler = uri.getHost().endsWith(".pooler.supabase.com") && uri.getPort() == 6543;
        if (uri.getRawQuery() != null) {
            for (String param : uri.getRawQuery().split("&")) {
                if (param.equalsIgnoreCase("pgbouncer=true")) {
                    pooler = true;
                } else if (!param.isEmpty()) {
                    params.add(param);
                }
            }
        }
        if (pooler && params.stream().noneMatch(p -> p.startsWith("prepareThreshold="))) {
            params.add("prepareThreshold=0");
        }
        return String.join("&", params);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl + ", user=" + username + "]";
    }
}
