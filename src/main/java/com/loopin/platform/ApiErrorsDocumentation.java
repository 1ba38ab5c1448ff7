package com.loopin.platform;

import com.loopin.shared.ApiErrors;
import com.loopin.shared.ErrorCode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** Documents each endpoint's problem responses, one example per error code, from {@link ApiErrors}. */
@Component
class ApiErrorsDocumentation implements OperationCustomizer {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        Set<ErrorCode> codes = EnumSet.of(ErrorCode.INTERNAL_ERROR, ErrorCode.NOT_ACCEPTABLE);
        if (!HealthController.class.equals(handlerMethod.getBeanType())) {
            codes.add(ErrorCode.RATE_LIMITED); // the per-address guard (ClientGuardFilter) may answer any of them
        }
        ApiErrors declared = handlerMethod.getMethodAnnotation(ApiErrors.class);
        if (declared != null) {
            codes.addAll(List.of(declared.value()));
        }
        if (operation.getRequestBody() != null) {
            codes.addAll(EnumSet.of(
                    ErrorCode.MALFORMED_REQUEST, ErrorCode.UNSUPPORTED_MEDIA_TYPE, ErrorCode.PAYLOAD_TOO_LARGE));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            codes.addAll(EnumSet.of(ErrorCode.AUTHENTICATION_REQUIRED, ErrorCode.INVALID_TOKEN));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        byStatus(codes).forEach((status, group) -> responses.addApiResponse(status.toString(), response(group)));
        operation.setResponses(responses);
        return operation;
    }

    private static Map<Integer, List<ErrorCode>> byStatus(Set<ErrorCode> codes) {
        Map<Integer, List<ErrorCode>> groups = new TreeMap<>();
        for (ErrorCode code : codes) {
            groups.computeIfAbsent(code.status().value(), s -> new ArrayList<>())
                    .add(code);
        }
        return groups;
    }

    private static ApiResponse response(List<ErrorCode> codes) {
        Map<String, Example> examples = new LinkedHashMap<>();
        for (ErrorCode code : codes) {
            examples.put(code.name(), new Example().summary(code.title()).value(example(code)));
        }
        String description = String.join(", ", codes.stream().map(Enum::name).toList());
        MediaType problem =
                new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA)).examples(examples);
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE, problem));
    }

    /** In a fixed order: Map.of iterates differently in each JVM, and docs/openapi.json must not change with it. */
    private static Map<String, Object> fieldError(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static Map<String, Object> example(ErrorCode code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", code.type().toString());
        body.put("title", code.title());
        body.put("status", code.status().value());
        body.put("detail", code.title() + ".");
        body.put("success", false);
        body.put("message", code.title() + ".");
        body.put("code", code.name());
        if (code == ErrorCode.VALIDATION_ERROR || code == ErrorCode.INVALID_PHONE_NUMBER) {
            body.put("errors", List.of(fieldError("phone_number", "This is not a valid phone number.")));
        }
        if (code == ErrorCode.OTP_INVALID) {
            body.put("attempts_remaining", 2);
        }
        if (code == ErrorCode.RATE_LIMITED) {
            body.put("limit", "ip_code_requests");
        }
        if (code == ErrorCode.EVENT_FULL) {
            body.put("seats_left", 1);
        }
        if (code == ErrorCode.REQUEST_NOT_OPEN) {
            body.put("request_id", "Rq7fK2m9Xa1B");
        }
        if (code == ErrorCode.ALREADY_CHECKED_IN) {
            body.put("checked_in_at", "2027-01-10T18:42:07+05:30");
        }
        if (code == ErrorCode.CAPACITY_BELOW_SEATS_TAKEN) {
            body.put("seats_taken", 12);
        }
        if (code == ErrorCode.SMS_SEGMENT_THROTTLED) {
            body.put("limit", "sms_segment");
        }
        if (code.status().value() == 429 || code.status().value() == 503) {
            body.put("retry_after_seconds", code.status().value() == 429 ? 60 : 5);
        }
        return body;
    }
}
