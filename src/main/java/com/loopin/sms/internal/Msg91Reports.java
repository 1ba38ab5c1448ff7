package com.loopin.sms.internal;

import java.util.Locale;

/**
 * MSG91's delivery-report statuses in our words. MSG91 documents 1 delivered, 2 failed, 9 NDNC (promotional only),
 * 16 and 25 rejected, 17 blocked number; other values are reports still on the way. A rejection whose description
 * is about the DLT registration (the DLT error codes 600 entity, 620/623 header, 630 template, or those words) is
 * named for what the operator must fix.
 */
final class Msg91Reports {

    private Msg91Reports() {}

    static String status(String code) {
        return switch (code == null ? "" : code.strip()) {
            case "1" -> "delivered";
            case "2", "9", "16", "17", "25" -> "failed";
            default -> "sent";
        };
    }

    /** Why a message failed, from its status and MSG91's description; null when it did not. */
    static String reason(String code, String description) {
        String status = code == null ? "" : code.strip();
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        return switch (status) {
            case "1" -> null;
            case "9" -> "dnd";
            case "17" -> "blocked";
            case "2" -> dltReason(text, "unreachable");
            case "16", "25" -> dltReason(text, "carrier_rejected");
            default -> null;
        };
    }

    private static String dltReason(String text, String otherwise) {
        if (text.contains("630") || text.contains("template")) {
            return "dlt_template_mismatch";
        }
        if (text.contains("620") || text.contains("623") || text.contains("header") || text.contains("sender")) {
            return "dlt_header_not_registered";
        }
        if (text.contains("600") || text.contains("entity") || text.contains("peid") || text.contains("pe id")) {
            return "dlt_entity_not_registered";
        }
        if (text.contains("dlt") || text.contains("scrub")) {
            return "dlt_rejected";
        }
        return otherwise;
    }
}
