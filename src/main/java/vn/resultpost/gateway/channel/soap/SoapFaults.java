package vn.resultpost.gateway.channel.soap;

import static vn.resultpost.gateway.channel.soap.SoapXml.add;
import static vn.resultpost.gateway.channel.soap.SoapXml.element;

import java.util.List;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.resultpost.gateway.canonical.Violation;

/** SOAP faults of the channel: Client or Server, with a {@code GatewayFault} detail naming each bad field. */
final class SoapFaults {

    private SoapFaults() {
    }

    /** A SOAP fault (Client or Server) whose detail is a {@code GatewayFault} naming each bad field. */
    static SoapFault fault(boolean client, String code, String message, String shipmentId, List<Violation> violations) {
        SoapFault fault = new SoapFault(message,
                client ? Soap11.getInstance().getSender() : Soap11.getInstance().getReceiver());
        Element detail = fault.getOrCreateDetail();
        Document doc = detail.getOwnerDocument();
        Element gatewayFault = element(doc, detail, "GatewayFault");
        add(gatewayFault, "code", code);
        add(gatewayFault, "message", message);
        if (shipmentId != null) {
            add(gatewayFault, "shipmentId", shipmentId);
        }
        for (Violation v : violations) {
            Element violation = element(doc, gatewayFault, "violation");
            add(violation, "field", v.field());
            add(violation, "message", v.message());
        }
        return fault;
    }

}
