package com.loopin.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/**
 * Every domain event the application published while the flow tests ran, on any thread (a server's request
 * threads included, which {@code @RecordApplicationEvents} does not see).
 */
public class PublishedEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(Object event) {
        if (event.getClass().getName().startsWith("com.loopin.")) {
            events.add(event);
        }
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
