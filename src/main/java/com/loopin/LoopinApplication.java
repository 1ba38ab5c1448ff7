package com.loopin;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class LoopinApplication {

    /**
     * Starts the server; {@code migrate} instead applies the database migrations and exits (for a release step
     * that runs before new instances start); {@code create-admin} creates a staff account (see {@link
     * CreateAdminCommand}).
     */
    public static void main(String[] args) {
        if (args.length > 0 && ("create-admin".equals(args[0]) || "migrate".equals(args[0]))) {
            // the ahead-of-time context (-Dspring.aot.enabled=true) was generated for the web server; the
            // commands start a context of their own kind, the regular way
            System.setProperty("spring.aot.enabled", "false");
        }
        if (args.length > 0 && "create-admin".equals(args[0])) {
            System.exit(CreateAdminCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "migrate".equals(args[0])) {
            var context = new SpringApplicationBuilder(LoopinApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(Arrays.copyOfRange(args, 1, args.length));
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(LoopinApplication.class, args);
    }
}
