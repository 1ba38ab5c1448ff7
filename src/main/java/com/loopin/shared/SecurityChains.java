package com.loopin.shared;

/**
 * The order of the security filter chains, in one place: the first whose matcher fits a request handles it.
 * The platform declares the API docs, actuator, API and catch-all chains; the console declares its own.
 */
public final class SecurityChains {

    /** {@code /api/docs}, Swagger UI and the OpenAPI document: pages with a CSP of their own. */
    public static final int API_DOCS = 0;

    /** {@code /actuator/**}: public probes, Prometheus behind HTTP Basic. */
    public static final int ACTUATOR = 1;

    /** {@code /api/**}: stateless, bearer JWTs, no CSRF. */
    public static final int API = 2;

    /** {@code /admin/**}: form login, server session, CSRF, staff roles. */
    public static final int CONSOLE = 3;

    /** Everything else: static assets and redirects. */
    public static final int OTHER = 10;

    private SecurityChains() {}
}
