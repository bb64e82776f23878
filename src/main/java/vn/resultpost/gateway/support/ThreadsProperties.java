package vn.resultpost.gateway.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thread settings ({@code gateway.threads.*}): {@code backgroundPriority}, the Java priority (1-5, default 1) of the
 * threads doing background work ({@link BackgroundPriority}); 5 puts them level with the requests.
 */
@ConfigurationProperties(prefix = "gateway.threads")
public record ThreadsProperties(Integer backgroundPriority) {

    public ThreadsProperties {
        backgroundPriority = backgroundPriority == null ? Thread.MIN_PRIORITY : backgroundPriority;
        if (backgroundPriority < Thread.MIN_PRIORITY || backgroundPriority > Thread.NORM_PRIORITY) {
            throw new IllegalArgumentException("gateway.threads.background-priority must be between 1 and 5, was "
                    + backgroundPriority);
        }
    }
}
