package vn.resultpost.gateway.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.store.OperatorEventLog;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.support.InvalidMessageException;
import vn.resultpost.gateway.support.RetryLaterException;

/**
 * Status-intake stage: maps an operator event to a canonical status through the operator's table
 * and applies it through the state machine, once (an Idempotent Receiver on the operator event log).
 */
@Service("statusIntake")
public class StatusIntake {

    private static final Logger log = LoggerFactory.getLogger(StatusIntake.class);

    private final ShipmentRepository shipments;
    private final OperatorEventLog events;
    private final StatusTables tables;
    private final StatusRecorder recorder;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;

    public StatusIntake(ShipmentRepository shipments, OperatorEventLog events, StatusTables tables,
                        StatusRecorder recorder, TransactionTemplate tx, ObjectMapper json, Clock clock) {
        this.shipments = shipments;
        this.events = events;
        this.tables = tables;
        this.recorder = recorder;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /** Applies one canonical operator event (JSON, as queued by the webhook channel). */
    public String apply(String eventJson) {
        OperatorStatusEvent e = read(eventJson);
        return tx.execute(t -> {
            Optional<String> id = shipmentOf(e);
            if (id.isEmpty()) {
                return outcome(e, "UNKNOWN_SHIPMENT", "no shipment has this waybill: held for review");
            }
            Shipment s = shipments.lockById(id.get()).orElseThrow();
            if (events.seen(e)) {
                return "DUPLICATE";
            }
            Optional<StatusTable.Entry> entry = tables.find(e.operatorCode()).flatMap(t2 -> t2.lookup(e.statusCode()));
            if (entry.isEmpty()) {
                return outcome(e, "UNKNOWN_CODE", "status code not in the operator's table: held for review");
            }
            if (entry.get().informational()) {
                return outcome(e, "INFORMATIONAL", entry.get().text());
            }
            var next = entry.get().status().orElseThrow();
            var decision = ShipmentStateMachine.decide(s, next, e.occurredAt());
            events.record(e, decision.name(), clock.instant());
            if (decision == ShipmentStateMachine.Decision.APPLY) {
                Shipment updated = ShipmentStateMachine.apply(s, next, e.occurredAt(), clock.instant());
                recorder.record(updated, e.statusCode(), entry.get().text());
                log.info("Shipment {} ({}/{}) {} ({} code {})", s.id(), s.key().agencyCode(), s.key().dossierCode(),
                        next, e.operatorCode(), e.statusCode());
            } else {
                log.debug("Shipment {} event {} {}: {}", s.id(), e.statusCode(), next, decision);
            }
            return decision.name();
        });
    }

    private Optional<String> shipmentOf(OperatorStatusEvent e) {
        Optional<String> byWaybill = shipments.idForWaybill(e.operatorCode(), e.waybill());
        if (byWaybill.isPresent() || e.reference() == null) {
            return byWaybill;
        }
        Optional<Shipment> byReference = shipments.findById(e.reference())
                .filter(s -> s.operatorCode().equals(e.operatorCode()));
        if (byReference.isPresent() && byReference.get().waybill() == null) {
            throw new RetryLaterException("Event for " + e.waybill() + " arrived before its order was recorded");
        }
        return byReference.map(Shipment::id);
    }

    private String outcome(OperatorStatusEvent e, String outcome, String why) {
        if (!events.seen(e)) {
            events.record(e, outcome, clock.instant());
            log.warn("Operator {} event {} for waybill {}: {}", e.operatorCode(), e.statusCode(), e.waybill(), why);
        }
        return outcome;
    }

    private OperatorStatusEvent read(String body) {
        try {
            return json.readValue(body, OperatorStatusEvent.class);
        } catch (JsonProcessingException ex) {
            throw new InvalidMessageException("Unreadable operator event: " + ex.getOriginalMessage(), ex);
        }
    }
}
