package com.loopin.admin;

import com.loopin.staff.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once the server answers: where the API, its docs and the console are, and how to get into the console. */
@Component
class StartupHints {

    private static final Logger log = LoggerFactory.getLogger(StartupHints.class);

    private final StaffAccounts staff;

    StartupHints(StaffAccounts staff) {
        this.staff = staff;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        log.info("Ready: API {}/api/ · docs {}/api/docs · staff console {}/admin/", base, base, base);
        try {
            if (staff.all().isEmpty()) {
                log.info("No staff account yet: stop the server and run `java -jar loopin-backend.jar create-admin "
                        + "--username NAME` (or `./mvnw spring-boot:run -Dspring-boot.run.arguments=\"create-admin "
                        + "--username NAME\"`), or start it with ADMIN_USERNAME and ADMIN_PASSWORD set");
            }
        } catch (RuntimeException e) {
            log.debug("Staff accounts not counted: {}", e.getMessage());
        }
    }
}
