package com.loopin.platform;

import com.loopin.shared.AppProperties;
import com.loopin.shared.ClientAddress;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.PublicPaths;
import com.loopin.shared.SecurityChains;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The platform's filter chains, in the order {@link SecurityChains} gives: the API docs, the actuator, the public
 * API paths without a token, the JSON API (stateless, bearer JWTs, no CSRF) and everything else (static assets, redirects). The console declares its own
 * chain in {@code admin}, ordered by the same class.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** The API root and health need no token; the modules name their own public paths ({@link PublicPaths}). */
    @Bean
    PublicPaths platformPublicPaths() {
        return PublicPaths.of("/api", "/api/", "/api/health");
    }

    static final String[] API_DOCS = {"/api/docs", "/api/docs/**", "/api/swagger-ui/**", "/api/openapi.json/**"};

    /**
     * Spring Security's own observations wrap every filter of every chain and cost more than the request they
     * observe (profiled with bench/run.sh); request timings still come from {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring's firewall, with its rule for header names and values (assigned Unicode, no control characters)
     * checked by a loop instead of a regular expression: on a bearer token that expression was the largest single
     * item in an authenticated request's profile. Parameters keep Spring's own rules (their values may hold line
     * breaks, as a textarea's do).
     */
    @Bean
    HttpFirewall httpFirewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallText::allowed);
        firewall.setAllowedHeaderValues(FirewallText::allowed);
        return firewall;
    }

    /** A request the firewall refuses gets the API's problem body on API paths, a plain 400 elsewhere. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> {
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(
                        request,
                        response,
                        ErrorCode.MALFORMED_REQUEST,
                        "The request has characters that are not allowed.");
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        };
    }

    /** Swagger UI is a page, not JSON: it gets a CSP that lets its own scripts and styles run. */
    @Bean
    @Order(SecurityChains.API_DOCS)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        http.securityMatcher(API_DOCS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * Actuator: the health probes are public; Prometheus metrics need HTTP Basic with {@code METRICS_USERNAME} and
     * {@code METRICS_PASSWORD}; nothing else is exposed.
     */
    @Bean
    @Order(SecurityChains.ACTUATOR)
    SecurityFilterChain actuatorChain(HttpSecurity http, MetricsProperties metrics) throws Exception {
        var users = new InMemoryUserDetailsManager();
        if (metrics.enabled()) {
            users.createUser(User.withUsername(metrics.username())
                    .password(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                            .encode(metrics.password()))
                    .roles("METRICS")
                    .build());
        }
        var provider = new DaoAuthenticationProvider(users);
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .hasRole("METRICS")
                        .anyRequest()
                        .denyAll())
                .authenticationManager(new ProviderManager(provider))
                .httpBasic(Customizer.withDefaults())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * Public API paths asked without a token (the root, health, the interests list, the code flow) need no
     * authentication filters: this chain writes the API's headers and applies CORS, nothing else. A request that
     * carries an {@code Authorization} header goes to the API chain, so a bad token is refused there as before.
     */
    @Bean
    @Order(SecurityChains.PUBLIC_API)
    SecurityFilterChain publicApiChain(HttpSecurity http, AppProperties app, List<PublicPaths> publicPaths)
            throws Exception {
        RequestMatcher[] open = openMatchers(publicPaths);
        RequestMatcher withoutToken = request -> request.getHeader(HttpHeaders.AUTHORIZATION) == null;
        // the path first: reading a header through the firewall checks its whole value, a bearer token included
        http.securityMatcher(new AndRequestMatcher(new OrRequestMatcher(open), withoutToken))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                .sessionManagement(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable);
        apiHeaders(http, app);
        return http.build();
    }

    @Bean
    @Order(SecurityChains.API)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ProblemWriter problems,
            AppProperties app,
            Converter<Jwt, AbstractAuthenticationToken> callers,
            List<PublicPaths> publicPaths)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.OPTIONS, "/api/**")
                        .permitAll()
                        .requestMatchers(openMatchers(publicPaths))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .csrf(AbstractHttpConfigurer::disable)
                .cors(Customizer.withDefaults())
                // stateless: no session, no logout page, no saved requests
                .sessionManagement(AbstractHttpConfigurer::disable)
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new BearerTokenHeader())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(callers))
                        .authenticationEntryPoint(bearerChallenge(problems))
                        .accessDeniedHandler((request, response, ex) -> problems.write(
                                request, response, ErrorCode.ACCESS_DENIED, "You are not allowed to do this.")))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(bearerChallenge(problems)));
        apiHeaders(http, app);
        return http.build();
    }

    /** A 401 with the Bearer challenge and the problem body: for a bad token and for none at all. */
    private static AuthenticationEntryPoint bearerChallenge(ProblemWriter problems) {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(request, response, codeFor(ex), messageFor(ex));
        };
    }

    /** The headers of every API answer, with or without a token. */
    private static void apiHeaders(HttpSecurity http, AppProperties app) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        if (app.isProduction()) {
            // TLS ends at the balancer, so the app may see plain HTTP: send HSTS on every answer anyway
            http.headers(headers ->
                    headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                            .includeSubDomains(true)
                            .maxAgeInSeconds(31_536_000)));
        }
    }

    /** A pattern may begin with a method ({@code "GET /api/events"}): then only that method is open. */
    private static RequestMatcher[] openMatchers(List<PublicPaths> publicPaths) {
        var paths = PathPatternRequestMatcher.withDefaults();
        return publicPaths.stream()
                .flatMap(open -> open.patterns().stream())
                .distinct()
                .map(pattern -> {
                    int space = pattern.indexOf(' ');
                    return space < 0
                            ? paths.matcher(pattern)
                            : paths.matcher(
                                    HttpMethod.valueOf(pattern.substring(0, space)), pattern.substring(space + 1));
                })
                .toArray(RequestMatcher[]::new);
    }

    /** Whatever no other chain claims: static assets and redirects. The console has a chain of its own. */
    @Bean
    @Order(SecurityChains.OTHER)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TrustedForwardedHeadersFilter> trustedForwardedHeadersFilter(ClientAddress clientAddress) {
        var registration = new FilterRegistrationBean<>(new TrustedForwardedHeadersFilter(clientAddress));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ClientGuardFilter> clientGuardFilter(
            ClientTraffic traffic, ClientAddress clientAddress, ProblemWriter problems, MeterRegistry meters) {
        var registration =
                new FilterRegistrationBean<>(new ClientGuardFilter(traffic, clientAddress, problems, meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DatabaseBackpressureFilter> databaseBackpressureFilter(
            javax.sql.DataSource dataSource, ClientTraffic traffic, ProblemWriter problems, Environment environment)
            throws SQLException {
        var pool = dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)
                ? dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class)
                : null;
        int maxWaiting = environment.getProperty("DB_MAX_QUEUED_REQUESTS", Integer.class, 64);
        var registration = new FilterRegistrationBean<>(new DatabaseBackpressureFilter(
                DatabaseBackpressureFilter.waitingOn(pool), maxWaiting, traffic, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(AppProperties properties) {
        var source = new UrlBasedCorsConfigurationSource();
        if (!properties.corsAllowedOrigins().isEmpty()) {
            var cors = new CorsConfiguration();
            cors.setAllowedOrigins(properties.corsAllowedOrigins());
            cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Request-Id"));
            cors.setExposedHeaders(List.of("Retry-After", "X-Request-Id", "WWW-Authenticate"));
            cors.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", cors);
        }
        return source;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            AppProperties properties, ProblemWriter problems, ObjectProvider<MultipartConfigElement> multipart) {
        // the one multipart bound the servlet container applies too (the pictures module sets it)
        long multipartBytes =
                multipart.getIfAvailable(() -> new MultipartConfigElement("")).getMaxRequestSize();
        if (multipartBytes < 0) {
            multipartBytes = properties.maxRequestBody().toBytes();
        }
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(properties.maxRequestBody().toBytes(), multipartBytes, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    private static ErrorCode codeFor(AuthenticationException ex) {
        return ex instanceof OAuth2AuthenticationException
                ? ErrorCode.INVALID_TOKEN
                : ErrorCode.AUTHENTICATION_REQUIRED;
    }

    private static String messageFor(AuthenticationException ex) {
        return ex instanceof OAuth2AuthenticationException
                ? "The access token is invalid or has expired."
                : "Authentication is required. Send an access token as 'Authorization: Bearer <token>'.";
    }
}
