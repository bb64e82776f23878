package vn.resultpost.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The broker's memory bounds and name ({@code gateway.broker.*}): each JMS consumer buffers at most
 * {@code consumerWindowSize} of messages ahead of its stage (embedded and external broker); the embedded broker
 * keeps at most {@code globalMaxSize} of queued messages in memory and pages the rest to its data folder
 * (an external broker's bound is its own configuration's {@code global-max-size}); the message groups of a
 * stage queue (one per shipment) share {@code groupBuckets} buckets, so the broker's group table is bounded; a paged
 * address of the embedded broker writes and reads page files of {@code pageSize}.
 */
@ConfigurationProperties(prefix = "gateway.broker")
public record BrokerProperties(String name, DataSize consumerWindowSize, DataSize globalMaxSize,
                               Integer groupBuckets, DataSize pageSize) {

    /** Defaults throughout. */
    public static BrokerProperties defaults() {
        return new BrokerProperties(null, null, null, null, null);
    }

    public BrokerProperties {
        name = name == null || name.isBlank() ? "localhost" : name.strip();
        consumerWindowSize = consumerWindowSize == null ? DataSize.ofKilobytes(64) : consumerWindowSize;
        globalMaxSize = globalMaxSize == null ? DataSize.ofMegabytes(32) : globalMaxSize;
        if (consumerWindowSize.isNegative() || consumerWindowSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("gateway.broker.consumer-window-size must be between 0 and 2GB, was "
                    + consumerWindowSize);
        }
        if (globalMaxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("gateway.broker.global-max-size must be positive, was " + globalMaxSize);
        }
        groupBuckets = groupBuckets == null ? 1024 : groupBuckets;
        if (groupBuckets < 1) {
            throw new IllegalArgumentException("gateway.broker.group-buckets must be at least 1 (Artemis' -1, a table "
                    + "entry per group for ever, and 0, no grouping, would each break a guarantee), was " + groupBuckets);
        }
        pageSize = pageSize == null ? DataSize.ofMegabytes(1) : pageSize;
        if (pageSize.toBytes() < 1024 || pageSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("gateway.broker.page-size must be between 1KB and 2GB, was " + pageSize);
        }
    }
}
