package vn.resultpost.gateway.simulator;

import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.add;
import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.element;
import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.text;

import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.resultpost.gateway.operator.soap.SoapOperatorXml;

/**
 * SIMULATOR, not production code: a SOAP-only postal operator implementing wsdl/postal-operator-v1.wsdl, as
 * a JAX-WS {@code Provider<Source>} in PAYLOAD mode (published by {@link SoapOperatorSimulatorEndpoint}, which
 * also checks the UsernameToken). The shipments and operations are {@link SoapSimulatedShipments}; this class
 * adds a configurable share of SOAP faults (nothing done) and of slow replies (done, reply late), and counters
 * ({@link SoapOperatorCounters}).
 */
@Component
@ConditionalOnProperty(prefix = "simulator", name = "enabled", havingValue = "true")
@ConditionalOnProperty(prefix = "simulator", name = "standalone", havingValue = "false", matchIfMissing = true)
@WebServiceProvider(serviceName = "PostalOperatorService", portName = "PostalOperatorPort",
        targetNamespace = SoapOperatorXml.NS, wsdlLocation = SoapOperatorSimulatorEndpoint.WSDL)
@ServiceMode(Service.Mode.PAYLOAD)
public class SoapOperatorSimulator implements Provider<Source> {

    private final SoapOperatorSimulatorProperties props;
    private final Clock clock;
    private final SoapSimulatedShipments shipments;
    private final SoapOperatorCounters counters;
    private volatile Settings settings;

    public SoapOperatorSimulator(SoapOperatorSimulatorProperties props, SimulatorProperties simulator, Clock clock) {
        this.props = props;
        this.clock = clock;
        this.shipments = new SoapSimulatedShipments(clock, simulator.retainedShipments());
        this.counters = new SoapOperatorCounters(simulator.retainedShipments());
        this.settings = new Settings(props.scenario(), props.stepDelay(), props.faultShare(), props.timeoutShare());
    }

    @Override
    public Source invoke(Source request) {
        Element payload = SoapOperatorXml.parse(SoapOperatorXml.xml(request));
        String operation = payload.getLocalName();
        counters.count(operation);
        if ("CreateShipment".equals(operation)) {
            counters.createCall(String.valueOf(text(payload, "reference")));
        }
        Settings now = settings;
        if (ThreadLocalRandom.current().nextDouble() < now.faultShare()) {
            counters.count("faults");
            throw fault("SIMULATED_OUTAGE", "Simulated server error: try again later");
        }
        Document doc = SoapOperatorXml.newDocument();
        Element reply = switch (operation) {
            case "CreateShipment" -> shipments.create(doc, payload, SoapSimulatedShipment.scenario(now.scenario(),
                    props.failOnceShare(), props.returnShare()), now.stepDelay());
            case "CancelShipment" -> shipments.cancel(doc, payload);
            case "GetTracking" -> shipments.tracking(doc, payload);
            default -> throw fault("UNKNOWN_OPERATION", "No operation " + operation);
        };
        counters.count("result:" + text(reply, "result"));
        if (ThreadLocalRandom.current().nextDouble() < now.timeoutShare()) {
            counters.count("slowReplies");
            LateReply.hold(props.slowReplyDelay());
        }
        return new DOMSource(reply);
    }

    /** A soap:Server fault with an OperatorFault detail. */
    private static SoapFault fault(String code, String message) {
        SoapFault fault = new SoapFault(message, Soap11.getInstance().getReceiver());
        Element operatorFault = element(fault.getOrCreateDetail(), "OperatorFault");
        add(operatorFault, "code", code);
        add(operatorFault, "message", message);
        return fault;
    }

    // --- For tests and for trying it by hand (SoapOperatorSimulatorRecords) -----------------------------

    public Settings settings() {
        return settings;
    }

    /** Changes the scenario and step delay of new shipments and the shares of faults and slow replies, while running. */
    public void settings(Settings next) {
        this.settings = next;
    }

    /** Shipments held for a reference (0 or 1: a repeated reference never makes a second). */
    public int shipmentsFor(String reference) {
        return shipments.holds(reference) ? 1 : 0;
    }

    /** CreateShipment calls received with this reference (faulted and slow ones included), if still retained. */
    public int createCallsFor(String reference) {
        return counters.createCallsFor(reference);
    }

    /** Calls by operation; faults and slow replies answered; replies by result code ({@code result:…}). */
    public Map<String, Integer> counters() {
        return counters.snapshot();
    }

    public List<SoapSimulatedShipment> shipments() {
        return shipments.all();
    }

    /** The simulator's time (the gateway's clock): what tracking is computed at. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * What the simulator does now.
     *
     * @param scenario     scenario of new shipments: random, deliver, fail-then-deliver or return
     * @param stepDelay    time between two tracking events of new shipments
     * @param faultShare   share of calls answered with a SOAP fault (nothing done)
     * @param timeoutShare share of calls answered after the slow-reply delay (done, reply late)
     */
    public record Settings(String scenario, Duration stepDelay, double faultShare, double timeoutShare) {

        public Settings {
            stepDelay = stepDelay == null ? Duration.ofSeconds(2) : stepDelay;
        }
    }
}
