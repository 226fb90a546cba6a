package de.ladewerk.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.gateway.events.LiveEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LiveEventHubTest {

    private final LiveEventHub hub = new LiveEventHub(3, new SimpleMeterRegistry());

    private static LiveEvent event(int n) {
        return new LiveEvent("connector.status", "WOB-" + n, Instant.EPOCH, Map.of("n", n));
    }

    @Test
    void everySubscriberGetsEveryEventInOrder() {
        List<LiveEvent> a = new ArrayList<>();
        List<LiveEvent> b = new ArrayList<>();
        LiveEventHub.Subscription sa = hub.subscribe(() -> { });
        LiveEventHub.Subscription sb = hub.subscribe(() -> { });
        hub.accept(event(1));
        hub.accept(event(2));
        sa.drain(a::add, () -> true);
        sb.drain(b::add, () -> true);
        assertThat(a).extracting(LiveEvent::stationId).containsExactly("WOB-1", "WOB-2");
        assertThat(b).isEqualTo(a);
    }

    @Test
    void aSlowSubscriberLosesTheNewestBeyondItsBoundAndIsToldHowMany() {
        AtomicInteger wakes = new AtomicInteger();
        LiveEventHub.Subscription slow = hub.subscribe(wakes::incrementAndGet);
        for (int i = 1; i <= 5; i++) {
            hub.accept(event(i));
        }
        assertThat(wakes.get()).isEqualTo(1); // woken once until it drains, not per event
        List<LiveEvent> got = new ArrayList<>();
        assertThat(slow.drain(got::add, () -> true)).isEqualTo(2);
        assertThat(got).extracting(LiveEvent::stationId).containsExactly("WOB-1", "WOB-2", "WOB-3");
        hub.accept(event(6));
        assertThat(wakes.get()).isEqualTo(2);
        assertThat(slow.drain(got::add, () -> true)).isZero();
    }

    @Test
    void aFullSinkKeepsEventsQueuedAndAClosedSubscriptionGetsNothing() {
        LiveEventHub.Subscription s = hub.subscribe(() -> { });
        hub.accept(event(1));
        hub.accept(event(2));
        List<LiveEvent> got = new ArrayList<>();
        s.drain(got::add, () -> got.isEmpty());
        assertThat(got).hasSize(1);
        assertThat(s.pending()).isTrue();
        s.drain(got::add, () -> true);
        assertThat(got).hasSize(2);
        s.close();
        hub.accept(event(3));
        assertThat(hub.subscribers()).isZero();
        assertThat(s.pending()).isFalse();
    }

    @Test
    void aSubscriberThatThrowsWhenWokenDoesNotReachThePublisher() {
        hub.subscribe(() -> {
            throw new IllegalStateException("event loop gone");
        });
        List<LiveEvent> got = new ArrayList<>();
        LiveEventHub.Subscription ok = hub.subscribe(() -> { });
        hub.accept(event(1));
        ok.drain(got::add, () -> true);
        assertThat(got).hasSize(1);
    }
}
