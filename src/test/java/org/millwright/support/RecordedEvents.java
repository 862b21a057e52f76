package org.millwright.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

/**
 * Records the application events the running server publishes (on any thread, so also those of
 * HTTP requests) from {@link #start} until {@link #close}.
 */
public final class RecordedEvents implements ApplicationListener<ApplicationEvent>, AutoCloseable {

    private final ApplicationEventMulticaster multicaster;
    private final List<Object> events = new CopyOnWriteArrayList<>();

    private RecordedEvents(ApplicationEventMulticaster multicaster) {
        this.multicaster = multicaster;
    }

    public static RecordedEvents start(ApplicationEventMulticaster multicaster) {
        RecordedEvents recorder = new RecordedEvents(multicaster);
        multicaster.addApplicationListener(recorder);
        return recorder;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof PayloadApplicationEvent<?> payload) {
            events.add(payload.getPayload());
        }
    }

    /** The recorded events of one type, in publication order. */
    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Every recorded payload, in publication order. */
    public List<Object> all() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        multicaster.removeApplicationListener(this);
    }
}
