package vn.resultpost.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.RoutePolicy;
import org.junit.jupiter.api.Test;

/** Background routes and pools run below the requests; routes a caller drives keep the caller's priority. */
class BackgroundPriorityTest {

    private final BackgroundPriority defaults = BackgroundPriority.ofDefaults();

    @Test
    void routesThatConsumeQueuesTimersAndFilesGetAPolicyThoseACallerDrivesDoNot() {
        for (String uri : new String[] {"jms:queue:{{gateway.queues.orders}}", "timer:outbox-relay",
                "scheduler:x", "file:{{gateway.channels.batch.inbox}}", "sftp:host:22/in"}) {
            assertThat(policyFor(defaults, uri)).as(uri).isNotNull();
        }
        for (String uri : new String[] {"direct:submitResult", "cxf:{{gateway.soap.results-address}}",
                "platform-http:/api", "rest:get:/x"}) {
            assertThat(policyFor(defaults, uri)).as(uri).isNull();
        }
    }

    @Test
    void theRoutesPolicyLowersTheThreadAnExchangeBeginsOn() throws Exception {
        RoutePolicy policy = policyFor(defaults, "jms:queue:gateway.orders");
        AtomicInteger seen = new AtomicInteger();
        Thread consumer = new Thread(() -> {
            policy.onExchangeBegin(null, null);
            seen.set(Thread.currentThread().getPriority());
        });
        consumer.start();
        consumer.join();
        assertThat(seen.get()).isEqualTo(Thread.MIN_PRIORITY);
        assertThat(Thread.currentThread().getPriority()).isEqualTo(Thread.NORM_PRIORITY);
    }

    @Test
    void poolThreadsAreNamedDaemonsAtTheConfiguredPriority() {
        Thread t = new BackgroundPriority(new ThreadsProperties(3)).threads("outbound-http").newThread(() -> { });
        assertThat(t.getName()).isEqualTo("outbound-http-1");
        assertThat(t.isDaemon()).isTrue();
        assertThat(t.getPriority()).isEqualTo(3);
    }

    @Test
    void priorityFiveTurnsItOffAndOutOfRangeIsRefused() {
        assertThat(policyFor(new BackgroundPriority(new ThreadsProperties(5)), "jms:queue:gateway.orders")).isNull();
        assertThatThrownBy(() -> new ThreadsProperties(0)).hasMessageContaining("between 1 and 5, was 0");
        assertThatThrownBy(() -> new ThreadsProperties(6)).hasMessageContaining("between 1 and 5, was 6");
    }

    private static RoutePolicy policyFor(BackgroundPriority priority, String uri) {
        RouteDefinition route = new RouteDefinition().from(uri);
        return priority.createRoutePolicy(null, "r", route);
    }
}
