package com.loopin.platform;

import com.loopin.database.DatabaseTrouble;
import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.FieldError;
import com.loopin.shared.RetryLaterException;
import com.loopin.shared.ValidationFailedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every error raised while serving the JSON API into a problem body with a stable {@code code}. 4xx are
 * logged at debug without a stack; 5xx are logged in full and answered with a generic message.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrorHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException ex) {
        log.debug("Refused request: {} {}", ex.code(), ex.getMessage());
        if (ex.retryAfter() != null) {
            long seconds = RetryLaterException.wholeSeconds(ex.retryAfter());
            Map<String, Object> details = new LinkedHashMap<>(ex.details());
            details.put("retry_after_seconds", seconds);
            return ResponseEntity.status(ex.code().status())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(Problems.of(ex.code(), ex.getMessage(), details));
        }
        return respond(ex.code(), ex.getMessage(), ex.details());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
        return respond(ErrorCode.ACCESS_DENIED, "You are not allowed to do this.", Map.of());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
        return respond(ErrorCode.AUTHENTICATION_REQUIRED, "Authentication is required.", Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        if (DatabaseTrouble.isTransient(ex)) {
            log.warn(
                    "Service unavailable for {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    DatabaseTrouble.describe(ex));
            long seconds = DatabaseTrouble.RETRY_AFTER.toSeconds();
            return ResponseEntity.status(ErrorCode.SERVICE_UNAVAILABLE.status())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(Problems.of(
                            ErrorCode.SERVICE_UNAVAILABLE,
                            "The service is temporarily unavailable. Please try again in a few seconds.",
                            Map.of("retry_after_seconds", seconds)));
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            log.debug("Client went away: {}", ex.getMessage());
            return null;
        }
        log.error("Unexpected error", ex);
        return respond(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side. Please try again.", Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(JsonNames.snakeCase(e.getField()), e.getDefaultMessage()))
                .toList();
        return asObject(new ValidationFailedException(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestBodyLimitFilter.isBodyTooLarge(ex)) {
            return new ResponseEntity<>(
                    Problems.of(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large."),
                    ErrorCode.PAYLOAD_TOO_LARGE.status());
        }
        if (ex.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch.getPath());
            String message = expectation(mismatch.getTargetType());
            return asObject(new ValidationFailedException(List.of(new FieldError(field, message))));
        }
        log.debug("Unreadable request body: {}", ex.getMessage());
        return new ResponseEntity<>(
                Problems.of(ErrorCode.MALFORMED_REQUEST, "The request body is missing or is not valid JSON."),
                ErrorCode.MALFORMED_REQUEST.status());
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return new ResponseEntity<>(
                Problems.of(ErrorCode.PICTURE_TOO_LARGE, "The picture is too large."),
                ErrorCode.PICTURE_TOO_LARGE.status());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String expected = ex.getSupportedMediaTypes().stream()
                .map(Object::toString)
                .distinct()
                .collect(Collectors.joining(" or "));
        return new ResponseEntity<>(
                Problems.of(
                        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        "Send the request body as " + (expected.isEmpty() ? "application/json" : expected) + "."),
                ErrorCode.UNSUPPORTED_MEDIA_TYPE.status());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ErrorCode code = codeFor(statusCode);
        if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            // the client hung up before the answer was written (a closed app, a load generator stopping): nothing to
            // answer, nothing wrong on our side
            log.debug("Client went away: {}", ex.getMessage());
            return null;
        }
        if (code == ErrorCode.INTERNAL_ERROR) {
            log.error("Unexpected error", ex);
        } else {
            log.debug("Refused request: {} {}", code, ex.getMessage());
        }
        return new ResponseEntity<>(Problems.of(code, messageFor(code)), headers, code.status());
    }

    private static ErrorCode codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status.is4xxClientError() ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }

    private static String messageFor(ErrorCode code) {
        return switch (code) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
            case NOT_ACCEPTABLE -> "This resource is only available as JSON.";
            case PAYLOAD_TOO_LARGE -> "The request body is too large.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case SERVICE_UNAVAILABLE -> "The service is temporarily unavailable. Try again soon.";
            case MALFORMED_REQUEST -> "The request is malformed.";
            default -> "Something went wrong on our side. Please try again.";
        };
    }

    private static String expectation(Class<?> target) {
        if (target == null) {
            return "Has the wrong type or format.";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "Must be a string.";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "Must be a whole number.";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "Must be a list.";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "Must be true or false.";
        }
        return "Must be a JSON object.";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static ResponseEntity<ProblemDetail> respond(ErrorCode code, String message, Map<String, Object> details) {
        return ResponseEntity.status(code.status()).body(Problems.of(code, message, details));
    }

    private static ResponseEntity<Object> asObject(DomainException ex) {
        return new ResponseEntity<>(
                Problems.of(ex.code(), ex.getMessage(), ex.details()), ex.code().status());
    }
}
