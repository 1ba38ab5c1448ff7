package com.loopin.admin;

import com.loopin.shared.SecurityChains;
import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;

/**
 * The console: form login with a server session, CSRF on every form, staff roles, and a CSP that allows only the
 * console's own scripts and styles, and images from the console and the allowed picture hosts alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ConsolePictures.Settings.class)
class AdminSecurityConfiguration {

    static String csp(ConsolePictures pictures) {
        return "default-src 'self'; img-src " + pictures.imageSources() + "; style-src 'self'; script-src 'self'; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    @Bean
    @Order(SecurityChains.CONSOLE)
    SecurityFilterChain adminChain(
            HttpSecurity http, StaffAuthenticationProvider staff, StaffAccounts accounts, ConsolePictures pictures)
            throws Exception {
        http.securityMatcher("/admin", "/admin/**", "/django/admin", "/django/admin/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/admin/login",
                                "/admin/assets/**",
                                "/admin/denied",
                                "/django/admin",
                                "/django/admin/**")
                        .permitAll()
                        .requestMatchers("/admin/login/code", "/admin/two-factor")
                        .hasAnyRole("STAFF", "SECOND_STEP")
                        .requestMatchers("/admin/staff", "/admin/staff/**", "/admin/payments/*/refund")
                        .hasRole("SUPERUSER")
                        .anyRequest()
                        .hasRole("STAFF"))
                .authenticationProvider(staff)
                .addFilterAfter(new ActiveStaffFilter(accounts), SecurityContextHolderAwareRequestFilter.class)
                .formLogin(form -> form.loginPage("/admin/login")
                        .loginProcessingUrl("/admin/login")
                        .successHandler(AdminSecondFactorController::afterPassword)
                        .failureUrl("/admin/login?error"))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
                .exceptionHandling(handling -> handling.accessDeniedPage("/admin/denied"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(csp(pictures)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
