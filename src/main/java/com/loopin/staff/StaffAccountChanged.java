package com.loopin.staff;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import java.util.List;
import java.util.Locale;

/** A staff account was created, switched on or off, or had its password or second factor changed. */
public record StaffAccountChanged(Actor actor, long staffId, String username, What what) implements AuditedChange {

    public enum What {
        CREATED_STAFF("staff.create", "Created staff %s"),
        CREATED_SUPERUSER("staff.create", "Created superuser %s"),
        ACTIVATED("staff.activate", "Activated %s"),
        DEACTIVATED("staff.deactivate", "Deactivated %s"),
        PASSWORD_RESET("staff.reset_password", "Set a new password for %s"),
        PASSWORD_CHANGED("staff.change_password", "Changed their password"),
        SECOND_FACTOR_ENABLED("staff.enable_2fa", "Set up a second factor"),
        SECOND_FACTOR_RESET("staff.reset_2fa", "Reset the second factor of %s");

        private final String action;
        /** With {@code %s} for the member's name; a member's own changes ("Changed their password") need none. */
        private final String summary;

        What(String action, String summary) {
            this.action = action;
            this.summary = summary;
        }

        static What created(StaffRole role) {
            return role == StaffRole.SUPERUSER ? CREATED_SUPERUSER : CREATED_STAFF;
        }
    }

    @Override
    public Entry entry() {
        return new Entry(what.action, "staff", staffId, what.summary.formatted(username), changes());
    }

    private List<FieldChange> changes() {
        return switch (what) {
            case CREATED_STAFF, CREATED_SUPERUSER ->
                List.of(
                        new FieldChange("username", null, username),
                        new FieldChange("role", null, what == What.CREATED_SUPERUSER ? "superuser" : "staff"));
            case ACTIVATED -> List.of(FieldChange.status(true));
            case DEACTIVATED -> List.of(FieldChange.status(false));
            default -> List.of();
        };
    }

    @Override
    public String toString() {
        return "StaffAccountChanged[" + what.name().toLowerCase(Locale.ROOT) + " " + username + " by " + actor + "]";
    }
}
