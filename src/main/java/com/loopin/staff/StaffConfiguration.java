package com.loopin.staff;

import com.loopin.shared.Actor;
import com.loopin.shared.ChangeRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StaffConfiguration.BootstrapAdmin.class, StaffConfiguration.SecondFactorSettings.class})
class StaffConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StaffConfiguration.class);

    /** bcrypt, version 2b, cost 12 (about 0.25 s on one core here): explicit rather than the library's default. */
    @Bean
    PasswordEncoder staffPasswordEncoder() {
        return new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2B, 12);
    }

    /** {@code ADMIN_USERNAME}/{@code ADMIN_PASSWORD}: a superuser created at start-up when absent. */
    @ConfigurationProperties("loopin.admin")
    record BootstrapAdmin(String username, String password) {}

    /**
     * @param require2fa every member of staff must sign in with a second factor ({@code STAFF_REQUIRE_2FA});
     *     superusers must in production anyway
     * @param totpKeys the versioned keys that seal second-factor secrets ({@code STAFF_TOTP_KEYS}), see
     *     {@link SecretBox}
     */
    @ConfigurationProperties("loopin.staff")
    record SecondFactorSettings(boolean require2fa, String totpKeys) {}

    @Bean
    ApplicationRunner bootstrapSuperuser(BootstrapAdmin admin, StaffAccounts accounts) {
        return args -> {
            if (admin.username() == null || admin.username().isBlank() || accounts.exists(admin.username())) {
                return;
            }
            try {
                accounts.create(Actor.system("bootstrap"), admin.username(), admin.password(), StaffRole.SUPERUSER);
            } catch (ChangeRefusedException e) {
                if (!accounts.exists(admin.username())) {
                    throw e;
                }
                log.info("Superuser {} was created by another instance starting at the same time", admin.username());
                return;
            }
            log.info(
                    "Created superuser {} from ADMIN_USERNAME", admin.username().strip());
        };
    }
}
