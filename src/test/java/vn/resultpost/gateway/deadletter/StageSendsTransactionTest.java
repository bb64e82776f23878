package vn.resultpost.gateway.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.support.DeferredException;

/**
 * A stage's deferred copy and its dead letter are sent in the listener's own JMS transaction, as the stage queues'
 * consumers run it ({@code transacted}, local): when the stage's transaction rolls back after the send, the copy goes
 * with it, so the redelivered message is deferred or parked once, not twice, and a kill between the send and the
 * acknowledgement can neither lose the message nor leave a second copy.
 */
class StageSendsTransactionTest extends GatewayTestSupport {

    private static final String STAGE = "jms:queue:test.stage-sends.%s?transacted=true&lazyCreateTransactionManager=false"
            + "&cacheLevelName=CACHE_CONSUMER";

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    ConsumerTemplate consumer;

    @Autowired
    StageDeferral deferral;

    @Autowired
    DeadLetterChannel deadLetters;

    @Test
    void aDeferralWhoseTransactionRollsBackLeavesNoCopy() throws Exception {
        MockEndpoint copies = camel.getEndpoint("mock:stage-sends-deferred", MockEndpoint.class);
        copies.expectedMessageCount(1);
        copies.expectedBodiesReceived("deferred body");
        copies.expectedHeaderReceived("testCopy", "yes");
        copies.setAssertPeriod(1500);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(STAGE.formatted("deferral")).routeId("test-stage-sends-deferral")
                        .choice().when(header("testCopy").isNotNull()).to(copies).otherwise()
                        .process(e -> {
                            e.setProperty(Exchange.EXCEPTION_CAUGHT,
                                    new DeferredException("later", Duration.ZERO, Map.of("testCopy", "yes")));
                            deferral.defer(e);
                            rollBackTheFirstDelivery(e);
                        });
            }
        });

        producer.sendBody("jms:queue:test.stage-sends.deferral?exchangePattern=InOnly", "deferred body");

        copies.assertIsSatisfied();
    }

    @Test
    void aParkingWhoseTransactionRollsBackLeavesNoDeadLetter() throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(STAGE.formatted("parking")).routeId("test-stage-sends-parking").process(e -> {
                    e.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalArgumentException("never processable"));
                    deadLetters.park(e);
                    rollBackTheFirstDelivery(e);
                });
            }
        });

        producer.sendBody("jms:queue:test.stage-sends.parking?exchangePattern=InOnly", "parked body");

        assertThat(consumer.receiveBody("jms:queue:DLQ.test.stage-sends.parking", 20_000, String.class))
                .isEqualTo("parked body");
        assertThat(consumer.receiveBody("jms:queue:DLQ.test.stage-sends.parking", 1_500, String.class))
                .as("a second dead letter, from the rolled-back first delivery").isNull();
    }

    private static void rollBackTheFirstDelivery(Exchange exchange) {
        if (!exchange.getMessage().getHeader("JMSRedelivered", false, Boolean.class)) {
            throw new IllegalStateException("the first delivery's transaction rolls back (on purpose)");
        }
    }
}
