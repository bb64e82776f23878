package vn.resultpost.gateway.simulator;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the simulated LGSP in front of VNPost's HCC channel ({@code simulator.vnpost-hcc.*}): the
 * credentials it accepts and its tokens' lifetime, the service names it dispatches on, the delay between two
 * statuses of an order, the scenario (random, deliver, fail-then-deliver, return) and the random shares of
 * each, and the shares of service calls answered 503 or only after {@code timeoutDelay}.
 */
@ConfigurationProperties(prefix = "simulator.vnpost-hcc")
public record LgspVnpostSimulatorProperties(String consumerKey, String consumerSecret, Duration tokenLifetime,
                                            Services services, Duration stepDelay, String scenario,
                                            double failOnceShare, double returnShare, double failureShare,
                                            double timeoutShare, Duration timeoutDelay) {

    public LgspVnpostSimulatorProperties {
        consumerKey = consumerKey == null ? "demo-only-hcc-consumer-key" : consumerKey;
        consumerSecret = consumerSecret == null ? "demo-only-hcc-consumer-secret" : consumerSecret;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(1) : tokenLifetime;
        services = services == null ? new Services(null, null, null) : services;
        stepDelay = stepDelay == null ? Duration.ofSeconds(2) : stepDelay;
        scenario = scenario == null ? "random" : scenario;
        timeoutDelay = timeoutDelay == null ? Duration.ofSeconds(20) : timeoutDelay;
    }

    /** The service names of the three operations. */
    public record Services(String postOrder, String cancelOrder, String orderTracking) {

        public Services {
            postOrder = postOrder == null ? "PostOrder" : postOrder;
            cancelOrder = cancelOrder == null ? "CancelOrder" : cancelOrder;
            orderTracking = orderTracking == null ? "GetOrderTracking" : orderTracking;
        }
    }
}
