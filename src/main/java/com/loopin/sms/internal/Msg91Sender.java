package com.loopin.sms.internal;

import com.loopin.sms.SmsReceipt;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MSG91, a domestic Indian gateway, through its Send SMS API ({@code POST /api/v2/sendsms}, header {@code authkey}):
 * the composed text exactly as registered, the DLT template's id ({@code DLT_TE_ID}), the registered header as
 * {@code sender}, the transactional route. MSG91 answers {@code {"type":"success","message":"<request id>"}}; its
 * delivery reports name that request id ({@link Msg91ReportController}). A refusal ({@code "type":"error"}) is not
 * retried; one about DLT (template, header, entity) names it in the log so the operator can fix the registration.
 */
class Msg91Sender implements SmsSender {

    private final RestClient http;
    private final SmsProperties.Msg91 msg91;
    private final MessageText text;
    private final JsonMapper json;

    Msg91Sender(RestClient http, SmsProperties.Msg91 msg91, MessageText text, JsonMapper json) {
        this.http = http;
        this.msg91 = msg91;
        this.text = text;
        this.json = json;
    }

    @Override
    public SmsReceipt sendVerificationCode(VerificationSms sms) {
        var template = text.dltTemplate(sms)
                .orElseThrow(() -> ProviderFailure.permanent(
                        "no DLT template for " + sms.kind().key()));
        String body = text.of(sms);
        String digits = sms.to().e164().substring(1);
        boolean indian = digits.startsWith("91");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("sender", text.dlt().senderId());
        request.put("route", msg91.route());
        request.put("country", indian ? "91" : "0");
        request.put("unicode", body.chars().allMatch(c -> c < 128) ? 0 : 1);
        request.put("DLT_TE_ID", template.id());
        request.put("sms", List.of(Map.of("message", body, "to", List.of(indian ? digits.substring(2) : digits))));
        String answer;
        try {
            answer = http.post()
                    .uri(msg91.baseUrl().replaceAll("/+$", "") + "/api/v2/sendsms")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .header("authkey", msg91.authKey())
                    .body(json.writeValueAsString(request))
                    .retrieve()
                    .body(String.class);
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            if (status >= 500 || status == 429) {
                throw ProviderFailure.transientFailure("MSG91 answered " + status, e);
            }
            throw ProviderFailure.permanent(
                    "MSG91 refused the message: " + status + " " + refusal(e.getResponseBodyAsString()));
        } catch (ResourceAccessException e) {
            throw ProviderFailure.transientFailure("MSG91 unreachable: " + e.getMessage(), e);
        }
        JsonNode node = parse(answer);
        if (node == null || !"success".equals(node.path("type").asString(""))) {
            throw ProviderFailure.permanent("MSG91 refused the message: " + refusal(answer));
        }
        return new SmsReceipt("msg91", node.path("message").asString(null));
    }

    /** MSG91's words for a refusal, with what it means for DLT when it is about the registration. */
    private String refusal(String answer) {
        JsonNode node = parse(answer);
        String message =
                node == null ? String.valueOf(answer) : node.path("message").asString("");
        String reason = Msg91Reports.reason("16", message);
        return "carrier_rejected".equals(reason) ? message : reason + " (" + message + ")";
    }

    private JsonNode parse(String answer) {
        try {
            return answer == null ? null : json.readTree(answer);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
