package vn.resultpost.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The broker's memory bounds and name ({@code gateway.broker.*}): each JMS consumer buffers at most
 * {@code consumerWindowSize} of messages ahead of its stage (embedded and external broker); the embedded broker
 * keeps at most {@code globalMaxSize} of queued messages in memory and pages the rest to its data folder
 * (an external broker's bound is its own configuration's {@code global-max-size}).
 */
@ConfigurationProperties(prefix = "gateway.broker")
public record BrokerProperties(String name, DataSize consumerWindowSize, DataSize globalMaxSize) {

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
    }
}
