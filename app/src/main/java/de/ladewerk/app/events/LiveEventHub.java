package de.ladewerk.app.events;

import de.ladewerk.gateway.events.LiveEvent;
import de.ladewerk.gateway.events.LiveEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Fans live events out to subscribers (the dashboard's event streams). Publishing never blocks and never
 * throws: each subscriber has its own bounded queue, drained by the subscriber's own thread; a subscriber
 * that falls {@code capacity} events behind loses the newest ones and is told so once it catches up.
 */
public final class LiveEventHub implements LiveEvents {

    private final int capacity;
    private final Set<Subscription> subscriptions = new CopyOnWriteArraySet<>();
    private final Counter dropped;

    public LiveEventHub(int capacity, MeterRegistry meters) {
        this.capacity = capacity;
        this.dropped = Counter.builder("ladewerk_live_events_dropped").description("live events a slow subscriber missed")
                .register(meters);
        meters.gauge("ladewerk_live_event_subscribers", subscriptions, Set::size);
    }

    @Override
    public void accept(LiveEvent event) {
        for (Subscription s : subscriptions) {
            s.offer(event);
        }
    }

    /**
     * Subscribes.
     *
     * @param wake called (from the publisher's thread) when the queue turns non-empty; it should schedule
     *             {@link Subscription#drain} on the subscriber's own thread and return at once
     */
    public Subscription subscribe(Runnable wake) {
        Subscription s = new Subscription(wake);
        subscriptions.add(s);
        return s;
    }

    public int subscribers() {
        return subscriptions.size();
    }

    /** One subscriber's bounded queue. */
    public final class Subscription implements AutoCloseable {
        private final ConcurrentLinkedQueue<LiveEvent> queue = new ConcurrentLinkedQueue<>();
        private final AtomicInteger size = new AtomicInteger();
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private final AtomicInteger missed = new AtomicInteger();
        private final Runnable wake;

        private Subscription(Runnable wake) {
            this.wake = wake;
        }

        void offer(LiveEvent event) {
            if (size.incrementAndGet() > capacity) {
                size.decrementAndGet();
                missed.incrementAndGet();
                dropped.increment();
            } else {
                queue.add(event);
            }
            if (scheduled.compareAndSet(false, true)) {
                try {
                    wake.run();
                } catch (RuntimeException e) {
                    scheduled.set(false); // the subscriber's thread is gone; it will be closed by its owner
                }
            }
        }

        /**
         * Hands queued events to {@code sink} while {@code more} says the sink can take them; returns how many
         * events were missed since the last drain (0 normally). Call on the subscriber's own thread; if the sink
         * filled up ({@link #pending}), call again when it has room.
         */
        public int drain(Consumer<LiveEvent> sink, BooleanSupplier more) {
            scheduled.set(false);
            LiveEvent e;
            while (more.getAsBoolean() && (e = queue.poll()) != null) {
                size.decrementAndGet();
                sink.accept(e);
            }
            return missed.getAndSet(0);
        }

        /** Whether events wait (the sink was full at the last drain). */
        public boolean pending() {
            return !queue.isEmpty();
        }

        @Override
        public void close() {
            subscriptions.remove(this);
            queue.clear();
        }
    }
}
