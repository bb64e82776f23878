package vn.resultpost.gateway.channel.soap;

import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.operator.ShipmentCancellation;
import vn.resultpost.gateway.security.AgencyAccess;

/**
 * CancelResult: cancels a result's shipment before pickup through the same {@link ShipmentCancellation}
 * as REST (at the operator first when an order exists); answers the shipment, CANCELLED. Too late, final,
 * unknown, another agency's or the operator unreachable: a fault ({@link ResultsSoapAdapter} names the code).
 */
@Component
class CancelResultOperation implements SoapOperation {

    private final ShipmentCancellation cancellation;
    private final AgencyAccess access;
    private final MessageLog messageLog;

    CancelResultOperation(ShipmentCancellation cancellation, AgencyAccess access, MessageLog messageLog) {
        this.cancellation = cancellation;
        this.access = access;
        this.messageLog = messageLog;
    }

    @Override
    public String name() {
        return "CancelResult";
    }

    @Override
    public Element answer(Element request) {
        ResultKey key = SoapOperation.key(request);
        access.requireWrite(key.agencyCode());
        messageLog.record(Direction.IN, "dossier-system:" + key.agencyCode(),
                Correlation.of(key.agencyCode(), key.dossierCode()), SoapXml.xml(request)); // audit: as received
        Shipment s = cancellation.cancel(key, SoapXml.child(request, "reason"));
        Document doc = SoapXml.newDocument();
        Element answer = SoapXml.element(doc, doc, "CancelResultResponse");
        SoapXml.add(answer, "shipmentId", s.id());
        SoapXml.add(answer, "agencyCode", s.key().agencyCode());
        SoapXml.add(answer, "dossierCode", s.key().dossierCode());
        SoapXml.add(answer, "status", s.status().name());
        return answer;
    }
}
