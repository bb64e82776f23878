package vn.resultpost.gateway.simulator;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the simulated Viettel Post partner API ({@code simulator.viettelpost.*}): the delay between
 * status events, the scenario (random, deliver, fail-then-deliver, return) and the random shares of each;
 * the share of createOrder calls answered 503 and the share answered only after {@code timeoutDelay};
 * the lifetime of its tokens; the TOKEN it puts in each webhook body; and how it pushes events (attempts
 * per event, the longest wait between two attempts, threads).
 */
@ConfigurationProperties(prefix = "simulator.viettelpost")
public record ViettelpostSimulatorProperties(Duration stepDelay, String scenario, Double failOnceShare,
                                             Double returnShare, Double failureShare, Double timeoutShare,
                                             Duration timeoutDelay, Duration tokenLifetime, String webhookToken,
                                             Integer pushAttempts, Duration pushMaxBackoff, Integer pushThreads) {

    public ViettelpostSimulatorProperties {
        stepDelay = stepDelay == null ? Duration.ofSeconds(2) : stepDelay;
        scenario = scenario == null ? "random" : scenario;
        failOnceShare = failOnceShare == null ? 0.15 : failOnceShare;
        returnShare = returnShare == null ? 0.08 : returnShare;
        failureShare = failureShare == null ? 0.0 : failureShare;
        timeoutShare = timeoutShare == null ? 0.0 : timeoutShare;
        timeoutDelay = timeoutDelay == null ? Duration.ofSeconds(20) : timeoutDelay;
        tokenLifetime = tokenLifetime == null ? Duration.ofMinutes(30) : tokenLifetime;
        webhookToken = webhookToken == null ? "demo-only-viettelpost-webhook-token" : webhookToken;
        pushAttempts = pushAttempts == null ? 20 : pushAttempts;
        pushMaxBackoff = pushMaxBackoff == null ? Duration.ofSeconds(60) : pushMaxBackoff;
        pushThreads = pushThreads == null ? 2 : pushThreads;
    }
}
