package vn.resultpost.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;

/**
 * Bounds on HTTP work: the REST routes' worker pool with a bounded queue, and the admission filter in front
 * of everything else (before security, so a shed request costs no key check) answering 503 beyond the limit.
 */
@Configuration(proxyBeanMethods = false)
public class LoadSheddingConfig {

    /** Before Spring Security's filter chain (-100), after the request observation (metrics see the 503). */
    static final int ADMISSION_ORDER = -200;

    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilter(HttpProperties http, MeterRegistry meters) {
        FilterRegistrationBean<AdmissionFilter> registration =
                new FilterRegistrationBean<>(new AdmissionFilter(http.admission(), meters));
        registration.setOrder(ADMISSION_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * The worker threads of the REST routes (Camel's platform-http runs each request on this
     * executor); it carries the caller's security context into the route. At most {@code max-queued}
     * requests wait for a thread (gauge {@code gateway.http.queued}): one more is refused (503 by the admission
     * filter), never queued without bound.
     */
    @Bean
    DelegatingSecurityContextAsyncTaskExecutor platformHttpExecutor(HttpProperties http, MeterRegistry meters) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(http.workerThreads());
        pool.setMaxPoolSize(http.workerThreads());
        pool.setQueueCapacity(http.maxQueued());
        pool.setThreadNamePrefix("http-worker-");
        pool.initialize();
        meters.gauge("gateway.http.queued", pool, ThreadPoolTaskExecutor::getQueueSize);
        return new DelegatingSecurityContextAsyncTaskExecutor(pool);
    }
}
