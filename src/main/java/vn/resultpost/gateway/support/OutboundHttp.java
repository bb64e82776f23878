package vn.resultpost.gateway.support;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Builds the outbound HTTP clients (postal operators, status callbacks, polling sources, the simulators) on one shared,
 * reused pool of threads. Without it each JDK client has a pool of its own and Spring writes every request body on a
 * new thread (its default {@code SimpleAsyncTaskExecutor}); with {@link #widenCommonPool} too, a call no longer starts
 * two threads on a 2-core machine (docs/benchmarks.md, "Outbound HTTP without a thread per call").
 */
@Component
public class OutboundHttp implements DisposableBean {

    static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private final RestClient.Builder builder;
    private final ExecutorService pool;

    public OutboundHttp(RestClient.Builder builder, BackgroundPriority priority) {
        this.builder = builder;
        // background work: the stages' calls out (operators, status callbacks, polling sources)
        this.pool = Executors.newCachedThreadPool(priority.threads("outbound-http"));
    }

    /**
     * A RestClient for {@code baseUrl} (may be null) that gives up connecting after {@code connect} and reading after
     * {@code read}.
     */
    public RestClient client(String baseUrl, Duration connect, Duration read) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(connect).executor(pool).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http, pool);
        factory.setReadTimeout(read);
        RestClient.Builder b = builder.clone().requestFactory(factory);
        return (baseUrl == null ? b : b.baseUrl(baseUrl)).build();
    }

    /**
     * For a main method, before anything starts ForkJoinPool's common pool. On one or two cores the JDK gives that pool
     * one thread, and CompletableFuture's default executor then starts a new thread for every task; the JDK HTTP client
     * completes each request there (its {@code sendAsync}, which Spring's request factory calls). Two threads make it
     * use the pool; a parallelism set with {@code -D} is left as it is.
     */
    public static void widenCommonPool(int cores) {
        if (cores <= 2 && System.getProperty(COMMON_POOL_PARALLELISM) == null) {
            System.setProperty(COMMON_POOL_PARALLELISM, "2");
        }
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
