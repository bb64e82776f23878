package vn.resultpost.gateway.support;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.springframework.stereotype.Component;

/**
 * Requests before background work: the threads of the routes that consume queues, timers and files (the stages,
 * the outbox relay, the pollers), and those of outbound calls, run at {@code gateway.threads.background-priority}
 * (default 1), below the HTTP threads' 5, so that when the cores are busy an intake, a webhook or the console is
 * answered first and the backlog is worked off with what is left (Queue-Based Load Leveling). A Camel route policy
 * factory: routes driven by a caller ({@code direct}, {@code cxf}, {@code platform-http}) keep their caller's
 * priority. The operating system honours Java priorities only with the JVM options {@code scripts/run-jar.sh} adds
 * ({@code -XX:ThreadPriorityPolicy=1}, priority 1 mapped to nice 19; docs/deployment.md).
 */
@Component
public class BackgroundPriority implements RoutePolicyFactory {

    /** The consumers of these schemes run on threads of their own, not on a caller's. */
    static final Set<String> BACKGROUND_SCHEMES = Set.of("jms", "timer", "scheduler", "file", "sftp");

    private final int priority;

    public BackgroundPriority(ThreadsProperties props) {
        this.priority = props.backgroundPriority();
    }

    /** With the default priority (clients built outside Spring, tests). */
    public static BackgroundPriority ofDefaults() {
        return new BackgroundPriority(new ThreadsProperties(null));
    }

    /** A policy that lowers the consuming thread of a background route; null for any other route. */
    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        if (priority == Thread.NORM_PRIORITY || !(route instanceof RouteDefinition definition)
                || definition.getInput() == null || !isBackground(definition.getInput().getEndpointUri())) {
            return null;
        }
        return new RoutePolicySupport() {
            @Override
            public void onExchangeBegin(Route r, Exchange exchange) {
                lower(Thread.currentThread());
            }
        };
    }

    /** Threads named {@code prefix-1, -2...}, daemons, at the background priority (for pools of background work). */
    public ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            lower(t);
            return t;
        };
    }

    /** Sets the background priority on {@code thread} unless it has it (a system call otherwise). */
    void lower(Thread thread) {
        if (thread.getPriority() != priority) {
            thread.setPriority(priority);
        }
    }

    static boolean isBackground(String uri) {
        int colon = uri == null ? -1 : uri.indexOf(':');
        return colon > 0 && BACKGROUND_SCHEMES.contains(uri.substring(0, colon).toLowerCase(Locale.ROOT));
    }
}
