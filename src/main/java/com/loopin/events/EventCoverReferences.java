package com.loopin.events;

import com.loopin.pictures.PictureReferences;
import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Events keep their cover pictures. */
@Component
class EventCoverReferences implements PictureReferences {

    private final EventRepository events;

    EventCoverReferences(EventRepository events) {
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> namesInUse(Collection<String> names) {
        return events.coverNamesInUse(names);
    }
}
