package vn.resultpost.gateway.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.deadline.Deadline;
import vn.resultpost.gateway.deadline.DeadlineCalculator;
import vn.resultpost.gateway.deadline.DeadlineRequest;
import vn.resultpost.gateway.intake.AgencyDirectory;
import vn.resultpost.gateway.store.DeadlineRepository;
import vn.resultpost.gateway.store.ShipmentRepository;

/** Sets a shipment's J+n due date when it is picked up (J = the pickup's working day). */
@Component
public class ShipmentDeadlines {

    private static final Logger log = LoggerFactory.getLogger(ShipmentDeadlines.class);

    private final DeadlineCalculator calculator;
    private final DeadlineRepository deadlines;
    private final ShipmentRepository shipments;
    private final AgencyDirectory agencies;
    private final ObjectMapper json;

    public ShipmentDeadlines(DeadlineCalculator calculator, DeadlineRepository deadlines, ShipmentRepository shipments,
                             AgencyDirectory agencies, ObjectMapper json) {
        this.calculator = calculator;
        this.deadlines = deadlines;
        this.shipments = shipments;
        this.agencies = agencies;
        this.json = json;
    }

    /** Computes and stores the due date of a shipment picked up at {@code pickedUpAt}. */
    public void assign(Shipment s, Instant pickedUpAt) {
        ResultSubmission result;
        try {
            result = json.readValue(shipments.payload(s.id()).orElseThrow().json(), ResultSubmission.class);
        } catch (JsonProcessingException e) {
            log.warn("Shipment {}: stored submission unreadable, no deadline set", s.id());
            return;
        }
        if (result.address() == null) {
            return;
        }
        Deadline d = calculator.compute(new DeadlineRequest(pickedUpAt.atOffset(ZoneOffset.UTC),
                agencies.sender(s.key().agencyCode()).address().provinceCode(), result.address().provinceCode(), null,
                Boolean.TRUE.equals(result.appointmentSlip()), Boolean.TRUE.equals(result.sameDayProcedure())));
        deadlines.set(s.id(), d.dueDate(), d.explanation());
    }
}
