package com.loopin.sms.internal;

import com.loopin.sms.SmsStatusReported;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives MSG91's delivery reports. MSG91 signs nothing, so the webhook's address carries a secret: set the
 * webhook in MSG91's panel to {@code https://<host>/api/sms/msg91/reports?token=<MSG91_REPORT_TOKEN>}; a report
 * without it is refused. Both of MSG91's formats are read: v2 (form field {@code data}, a JSON array of requests
 * with their {@code report} list) and v3 (one JSON object per number).
 */
@Hidden
@RestController
class Msg91ReportController {

    private static final Logger log = LoggerFactory.getLogger(Msg91ReportController.class);

    private final SmsProperties.Msg91 msg91;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    Msg91ReportController(SmsProperties properties, ApplicationEventPublisher events, JsonMapper json) {
        this.msg91 = properties.msg91();
        this.events = events;
        this.json = json;
    }

    @PostMapping(path = "/api/sms/msg91/reports", consumes = "application/x-www-form-urlencoded")
    ResponseEntity<?> form(
            @RequestParam(name = "token", required = false) String token,
            @RequestParam(name = "data", required = false) String data) {
        authenticate(token);
        return reports(data);
    }

    @PostMapping(path = "/api/sms/msg91/reports", consumes = "application/json")
    ResponseEntity<?> json(@RequestParam(name = "token", required = false) String token, @RequestBody String body) {
        authenticate(token);
        return reports(body);
    }

    private void authenticate(String token) {
        if (!SmsProperties.isSet(msg91.reportToken())) {
            throw CallbackRefusedException.notConfigured();
        }
        boolean genuine = token != null
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        msg91.reportToken().getBytes(StandardCharsets.UTF_8));
        if (!genuine) {
            log.warn("Refused an MSG91 delivery report without the right token");
            throw CallbackRefusedException.badSignature();
        }
    }

    private ResponseEntity<?> reports(String body) {
        JsonNode root;
        try {
            root = body == null ? null : json.readTree(body);
        } catch (RuntimeException e) {
            root = null;
        }
        if (root == null) {
            throw CallbackRefusedException.unreadable();
        }
        for (JsonNode request : root.isArray() ? root : java.util.List.of(root)) {
            String requestId = request.path("requestId").asString("");
            if (requestId.isEmpty()) {
                continue;
            }
            if (request.has("report")) {
                for (JsonNode report : request.path("report")) {
                    publish(requestId, report);
                }
            } else {
                publish(requestId, request);
            }
        }
        return ResponseEntity.noContent().build();
    }

    private void publish(String requestId, JsonNode report) {
        String code = report.path("status").asString("");
        String description = report.path("failedReason").asString("");
        if (description.isBlank()) {
            description =
                    report.path("failureReason").asString(report.path("desc").asString(""));
        }
        String number = report.path("number").asString(report.path("telNum").asString(""));
        events.publishEvent(new SmsStatusReported(
                "msg91",
                requestId,
                Msg91Reports.status(code),
                code,
                Msg91Reports.reason(code, description),
                number.isEmpty() ? null : "+" + number.replaceAll("[^0-9]", "")));
    }
}
