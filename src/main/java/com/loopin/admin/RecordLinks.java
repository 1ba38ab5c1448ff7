package com.loopin.admin;

import com.loopin.audit.AuditView;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Links from audit entries to the console pages of their records ({@code @recordLinks.of(entry)} in templates). */
@Component("recordLinks")
class RecordLinks {

    /** Where the record an entry is about can be seen, if the console shows it. */
    public String of(AuditView entry) {
        if (entry.targetType() == null || entry.targetId() == null) {
            return null;
        }
        return switch (entry.targetType()) {
            case "user" -> "/admin/users/" + entry.targetId();
            case "staff" -> "/admin/staff";
            case "interest" -> "/admin/interests";
            case "sms_segment" ->
                UriComponentsBuilder.fromPath("/admin/fraud")
                        .queryParam("segment", entry.targetId())
                        .build()
                        .encode()
                        .toUriString();
            default -> null;
        };
    }
}
