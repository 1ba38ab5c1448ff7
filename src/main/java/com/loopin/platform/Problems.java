package com.loopin.platform;

import com.loopin.shared.ErrorCode;
import java.util.Map;
import org.springframework.http.ProblemDetail;

/** Builds the API's problem bodies: RFC 9457 fields plus {@code success}, {@code message} and {@code code}. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(ErrorCode code, String message) {
        return of(code, message, Map.of());
    }

    public static ProblemDetail of(ErrorCode code, String message, Map<String, Object> details) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), message);
        problem.setType(code.type());
        problem.setTitle(code.title());
        problem.setProperty("success", false);
        problem.setProperty("message", message);
        problem.setProperty("code", code.name());
        details.forEach(problem::setProperty);
        return problem;
    }
}
