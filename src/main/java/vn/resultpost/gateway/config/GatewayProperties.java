package vn.resultpost.gateway.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the gateway itself ({@code gateway.*}): the agencies it serves, queue names and stage tuning. Every value has a default in config/application.yml.
 */
@ConfigurationProperties(prefix = "gateway")
public record GatewayProperties(
        String dataDir,
        Map<String, Agency> agencies,
        Queues queues,
        Outbox outbox,
        Redelivery redelivery) {

    public GatewayProperties {
        agencies = agencies == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(agencies));
    }

    /**
     * An agency served by the gateway: the sender on the dispatch slip, where its status reports go
     * (a REST callback URL unless {@code reporting} says otherwise), and the inbound channels its dossier
     * system may use (all when none are listed: REST, SOAP, JMS, POLLING, BATCH).
     */
    public record Agency(String name, String phone, String provinceCode, String wardCode, String streetLine,
                         String callbackUrl, List<String> inboundChannels, Reporting reporting) {

        public Agency {
            inboundChannels = inboundChannels == null ? List.of() : List.copyOf(inboundChannels);
        }
    }

    /**
     * How an agency's status reports reach its dossier system: {@code channel} REST (JSON POST to
     * {@code url}, or the agency's callback-url), SOAP (the dossier-status service at {@code url}, with a
     * WS-Security UsernameToken of {@code username}/{@code password}) or JMS (a message on the topic
     * {@code destination}).
     */
    public record Reporting(String channel, String url, String username, String password, String destination) {
    }

    /**
     * Names of the durable queues between the stages, and of the queued channels: the JMS channel's inbound
     * queue and its Invalid Message Channel, and the rejection reports shared by the queued input channels.
     */
    public record Queues(String orders, String statusEvents, String reports, String inboundResults,
                         String inboundInvalid, String rejections) {
    }

    /** The outbox relay: how often it polls and how many messages it moves per batch. */
    public record Outbox(long pollIntervalMs, int batchSize) {
    }

    /**
     * Redelivery of a message whose processing failed: the broker brings it back after an exponentially
     * growing delay, randomised by {@code jitter} (0 to 1: Artemis' collision-avoidance factor, so that
     * messages failed together do not all come back together); after {@code maxAttempts} the gateway parks
     * it in DLQ.&lt;queue&gt; with the reason.
     */
    public record Redelivery(long initialDelayMs, double multiplier, long maxDelayMs, int maxAttempts, double jitter) {
    }
}
