package vn.resultpost.gateway.channel.soap;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.TimelineEntry;
import vn.resultpost.gateway.security.AgencyAccess;
import vn.resultpost.gateway.store.DeadlineRepository;
import vn.resultpost.gateway.store.DeadlineRepository.StoredDeadline;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.store.TimelineRepository;

/** GetResultStatus: status, waybill, dossier-system status code, J+n due date and the ordered timeline. */
@Component
class GetResultStatusOperation implements SoapOperation {

    private final ShipmentRepository shipments;
    private final TimelineRepository timeline;
    private final DeadlineRepository deadlines;
    private final AgencyAccess access;

    GetResultStatusOperation(ShipmentRepository shipments, TimelineRepository timeline, DeadlineRepository deadlines,
                             AgencyAccess access) {
        this.shipments = shipments;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.access = access;
    }

    @Override
    public String name() {
        return "GetResultStatus";
    }

    @Override
    public Element answer(Element request) {
        ResultKey key = SoapOperation.key(request);
        access.requireRead(key.agencyCode());
        Shipment s = shipments.find(key).orElseThrow(() -> SoapFaults.fault(true, "not-found", "No result "
                + key.dossierCode() + " of agency " + key.agencyCode(), null, List.of()));
        Optional<StoredDeadline> deadline = deadlines.find(s.id());
        Document doc = SoapXml.newDocument();
        Element answer = SoapXml.element(doc, doc, "GetResultStatusResponse");
        SoapXml.add(answer, "shipmentId", s.id());
        SoapXml.add(answer, "agencyCode", s.key().agencyCode());
        SoapXml.add(answer, "dossierCode", s.key().dossierCode());
        SoapXml.add(answer, "operator", s.operatorCode());
        if (s.waybill() != null) {
            SoapXml.add(answer, "waybill", s.waybill());
        }
        SoapXml.add(answer, "status", s.status().name());
        SoapXml.add(answer, "dossierStatusCode", s.status().dossierStatusCode());
        SoapXml.add(answer, "failedAttempts", String.valueOf(s.failedAttempts()));
        deadline.map(StoredDeadline::dueDate).ifPresent(d -> SoapXml.add(answer, "dueDate", d.toString()));
        SoapXml.add(answer, "overdue", String.valueOf(deadline.map(d -> d.overdueAt() != null).orElse(false)));
        Element entries = SoapXml.element(doc, answer, "timeline");
        for (TimelineEntry t : timeline.list(s.id())) {
            Element entry = SoapXml.element(doc, entries, "entry");
            SoapXml.add(entry, "sequence", String.valueOf(t.sequence()));
            SoapXml.add(entry, "status", t.status().name());
            if (t.operatorStatusCode() != null) {
                SoapXml.add(entry, "operatorStatusCode", t.operatorStatusCode());
            }
            if (t.description() != null) {
                SoapXml.add(entry, "description", t.description());
            }
            SoapXml.add(entry, "occurredAt", t.occurredAt().toString());
            if (t.recordedAt() != null) {
                SoapXml.add(entry, "recordedAt", t.recordedAt().toString());
            }
            if (t.reportState() != null) {
                SoapXml.add(entry, "reportState", t.reportState().name());
            }
        }
        return answer;
    }
}
