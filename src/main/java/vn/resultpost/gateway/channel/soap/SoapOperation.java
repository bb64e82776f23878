package vn.resultpost.gateway.channel.soap;

import java.util.List;
import org.w3c.dom.Element;
import vn.resultpost.gateway.canonical.ResultKey;

/**
 * One operation of the SOAP results service (results-v1.wsdl): takes the request element, answers the
 * response element, or throws (a SOAP fault, or a core exception {@link ResultsSoapAdapter} turns into one).
 * It runs with the authenticated SOAP client in the Spring SecurityContext.
 */
interface SoapOperation {

    /** The operation's name in the contract, e.g. {@code SubmitResult}. */
    String name();

    Element answer(Element request);

    /** The agency and dossier a request is about; a fault when either is missing. */
    static ResultKey key(Element request) {
        String agency = SoapXml.child(request, "agencyCode");
        String dossier = SoapXml.child(request, "dossierCode");
        if (agency == null || dossier == null) {
            throw SoapFaults.fault(true, "invalid-request", "agencyCode and dossierCode are required", null, List.of());
        }
        return new ResultKey(agency, dossier);
    }
}
