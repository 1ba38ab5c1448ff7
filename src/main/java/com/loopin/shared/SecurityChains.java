package com.loopin.shared;

/**
 * The order of the security filter chains, in one place: the first whose matcher fits a request handles it.
 * The platform declares the API docs, actuator, public API, API and catch-all chains; the console declares its own.
 */
public final class SecurityChains {

    /** {@code /api/docs}, Swagger UI and the OpenAPI document: pages with a CSP of their own. */
    public static final int API_DOCS = 0;

    /** {@code /actuator/**}: public probes, Prometheus behind HTTP Basic. */
    public static final int ACTUATOR = 1;

    /**
     * The modules' public API paths asked without an {@code Authorization} header: the API's headers and CORS, no
     * authentication filters (nothing to authenticate).
     */
    public static final int PUBLIC_API = 2;

    /** {@code /api/**}: stateless, bearer JWTs, no CSRF. */
    public static final int API = 3;

    /** {@code /admin/**}: form login, server session, CSRF, staff roles. */
    public static final int CONSOLE = 4;

    /** Everything else: static assets and redirects. */
    public static final int OTHER = 10;

    private SecurityChains() {}
}
