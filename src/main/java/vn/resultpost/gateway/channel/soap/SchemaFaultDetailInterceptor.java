package vn.resultpost.gateway.channel.soap;

import java.util.List;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;
import org.w3c.dom.Element;
import vn.resultpost.gateway.canonical.Violation;

/**
 * Out-fault interceptor: a fault CXF raised while reading the request against the schema (a wrong type,
 * a missing or unexpected element) gets the same {@code GatewayFault} detail as intake's faults, code
 * {@code invalid-xml}, naming each bad field by its path ({@link SchemaViolations}). Faults that
 * already carry a detail (the adapter's own) pass unchanged.
 */
class SchemaFaultDetailInterceptor extends AbstractSoapInterceptor {

    private final SchemaViolations schema;

    SchemaFaultDetailInterceptor(SchemaViolations schema) {
        super(Phase.PRE_PROTOCOL);
        this.schema = schema;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault) || fault.hasDetails()
                || !isValidationFailure(fault)) {
            return;
        }
        Element request = requestElement(message.getExchange().getInMessage());
        List<Violation> violations = request == null ? List.of() : schema.of(request);
        if (violations.isEmpty()) {
            violations = List.of(new Violation("$", String.valueOf(fault.getMessage())));
        }
        SoapFault detailed = SoapFaults.fault(true, "invalid-xml", "The request does not match the schema: "
                + violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b)
                .orElse(""), null, violations);
        Element detail = fault.getOrCreateDetail();
        detail.appendChild(detail.getOwnerDocument().importNode(detailed.getDetail().getFirstChild(), true));
        fault.setMessage(detailed.getMessage());
    }

    private static boolean isValidationFailure(Throwable fault) {
        for (Throwable t = fault; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.contains("Validation") || name.contains("Unmarshal")
                    || String.valueOf(t.getMessage()).contains("does not satisfy")
                    || String.valueOf(t.getMessage()).contains("not allowed")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The first element of the request's SOAP body (WSS4J has read the request into SAAJ). */
    private static Element requestElement(Message in) {
        SOAPMessage saaj = in == null ? null : in.getContent(SOAPMessage.class);
        try {
            if (saaj != null && saaj.getSOAPBody() != null) {
                for (org.w3c.dom.Node n = saaj.getSOAPBody().getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e) {
                        return e;
                    }
                }
            }
        } catch (SOAPException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
