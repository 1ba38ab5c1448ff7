package com.loopin;

import com.loopin.shared.Actor;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffRole;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code java -jar loopin-backend.jar create-admin --username NAME [--role staff]}: like Django's
 * {@code createsuperuser}. The password comes from {@code ADMIN_PASSWORD} or, when that is not set, is asked for
 * twice at the prompt; it never goes on the command line.
 */
final class CreateAdminCommand {

    private CreateAdminCommand() {}

    static int run(String[] args) {
        return run(args, CreateAdminCommand::askForPassword);
    }

    static int run(String[] args, Supplier<String> password) {
        String username = option(args, "--username");
        StaffRole role = "staff".equalsIgnoreCase(option(args, "--role")) ? StaffRole.STAFF : StaffRole.SUPERUSER;
        if (username == null) {
            System.err.println(
                    "Usage: create-admin --username NAME [--role staff]  (password from ADMIN_PASSWORD or a prompt)");
            return 2;
        }
        if (embeddedDatabaseInUse()) {
            System.err.println("The embedded database (" + dataFolder() + ") is in use by a running server: stop the "
                    + "server and run create-admin again, or start the server with ADMIN_USERNAME and ADMIN_PASSWORD "
                    + "set (it creates that superuser if it is missing).");
            return 1;
        }
        String secret = password.get();
        if (secret == null) {
            System.err.println("No password given.");
            return 2;
        }
        try (var context = new SpringApplicationBuilder(LoopinApplication.class)
                .web(WebApplicationType.NONE)
                .properties("loopin.admin.username=")
                .run(withoutOwnOptions(args))) {
            var created =
                    context.getBean(StaffAccounts.class).create(Actor.system("create-admin"), username, secret, role);
            System.out.println("Created " + created.role().name().toLowerCase(Locale.ROOT) + " " + created.username());
            return 0;
        } catch (ChangeRefusedException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * H2 lets one process open a database file: with the server running on the embedded default, starting a second
     * application context would end in a long stack trace. Asks H2 first, in a few milliseconds.
     */
    private static boolean embeddedDatabaseInUse() {
        String configured = System.getenv("DATABASE_URL");
        if (configured != null && !configured.isBlank()) {
            return false;
        }
        String url = "jdbc:h2:file:" + dataFolder() + "/loopin;IFEXISTS=TRUE;MODE=PostgreSQL";
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            return false;
        } catch (SQLException e) {
            // 90020: "Database may be already in use"
            return e.getErrorCode() == 90020;
        }
    }

    private static String dataFolder() {
        String folder = System.getenv("LOOPIN_DATA_DIR");
        return folder == null || folder.isBlank() ? "./data" : folder;
    }

    private static String askForPassword() {
        String fromEnvironment = System.getenv("ADMIN_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Password (again): ");
            if (first == null || !Arrays.equals(first, second)) {
                System.err.println("The passwords do not match.");
                return null;
            }
            return new String(first);
        }
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (name.equals(args[i])) {
                return args[i + 1];
            }
        }
        return null;
    }

    /** Spring gets the rest (for example --spring.datasource.url=…), not our own options. */
    private static String[] withoutOwnOptions(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--username".equals(args[i]) || "--role".equals(args[i])) {
                i++;
            } else {
                rest.add(args[i]);
            }
        }
        return rest.toArray(String[]::new);
    }
}
