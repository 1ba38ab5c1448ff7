package com.loopin.shared;

import java.util.List;
import java.util.Map;

/** A request whose fields break the rules; it carries every failing field, not only the first. */
public class ValidationFailedException extends DomainException {

    private final List<FieldError> errors;

    public ValidationFailedException(List<FieldError> errors) {
        super(ErrorCode.VALIDATION_ERROR, summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("errors", errors);
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1
                ? errors.getFirst().message()
                : "The request has " + errors.size() + " invalid fields.";
    }
}
