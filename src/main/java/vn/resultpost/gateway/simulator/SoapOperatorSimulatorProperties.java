package vn.resultpost.gateway.simulator;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SIMULATOR settings of the SOAP-only postal operator ({@code simulator.generic-soap.*}): the UsernameToken
 * it accepts, the step delay of its status progression, the scenario (random, deliver, fail-then-deliver,
 * return) and the random shares of each, and the shares of SOAP faults and of slow replies.
 */
@ConfigurationProperties(prefix = "simulator.generic-soap")
public record SoapOperatorSimulatorProperties(String username, String password, Duration stepDelay, String scenario,
                                              double failOnceShare, double returnShare, double faultShare,
                                              double timeoutShare, Duration slowReplyDelay) {

    public SoapOperatorSimulatorProperties {
        stepDelay = stepDelay == null ? Duration.ofSeconds(2) : stepDelay;
        scenario = scenario == null ? "random" : scenario;
        slowReplyDelay = slowReplyDelay == null ? Duration.ofSeconds(20) : slowReplyDelay;
    }
}
