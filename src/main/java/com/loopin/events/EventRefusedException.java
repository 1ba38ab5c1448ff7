package com.loopin.events;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;
import java.util.Map;

/** An action the event's state or the caller's role does not allow; nothing was changed. */
public class EventRefusedException extends DomainException {

    private final Map<String, Object> details;

    public EventRefusedException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public EventRefusedException(ErrorCode code, String message, Map<String, Object> details) {
        super(code, message);
        this.details = Map.copyOf(details);
    }

    public static EventRefusedException notFound() {
        return new EventRefusedException(ErrorCode.EVENT_NOT_FOUND, "No such event.");
    }

    @Override
    public Map<String, Object> details() {
        return details;
    }
}
