package vn.resultpost.gateway.operator.soap;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole gateway routed to generic-soap with fast polling and a fast SOAP operator simulator; every test
 * class carrying it shares one Spring context (same configuration).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "gateway.routing.file=src/test/resources/routing/generic-soap.yml",
        "gateway.tracking.tick=100ms",
        "gateway.tracking.first-poll=100ms",
        "gateway.tracking.interval=150ms",
        "gateway.operators.generic-soap.receive-timeout=1500ms",
        "gateway.operator-resilience.operators.generic-soap.attempts=2",
        "gateway.operator-resilience.operators.generic-soap.initial-backoff=100ms",
        "gateway.operator-resilience.operators.generic-soap.minimum-calls=1000",
        "simulator.generic-soap.scenario=deliver",
        "simulator.generic-soap.step-delay=250ms",
        "simulator.generic-soap.slow-reply-delay=4s",
        "simulator.vnpost.scenario=deliver"})
public @interface GenericSoapGateway {

    /** The simulator's address on the gateway's port. */
    String ADDRESS = "/services/simulator/postal-operator";
}
