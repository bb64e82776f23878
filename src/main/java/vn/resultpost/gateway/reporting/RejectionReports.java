package vn.resultpost.gateway.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.config.GatewayProperties;
import vn.resultpost.gateway.intake.AgencyDirectory;
import vn.resultpost.gateway.intake.Channel;
import vn.resultpost.gateway.intake.IntakeProblem;
import vn.resultpost.gateway.store.OutboxRepository;

/**
 * Entry point of the rejection reports, shared by the queued input channels (JMS, polling, batch): a refused
 * submission whose body names an agency the gateway knows is queued on {@code gateway.queues.rejections},
 * inside the caller's own transaction, and the rejection-reporting stage tells that agency's dossier system.
 */
@Component("rejectionReports")
public class RejectionReports {

    private final AgencyDirectory agencies;
    private final OutboxRepository outbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final String queue;

    public RejectionReports(AgencyDirectory agencies, OutboxRepository outbox, ObjectMapper json, Clock clock,
                            GatewayProperties props) {
        this.agencies = agencies;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.queue = props.queues().rejections();
    }

    /** The queue the notices go to. */
    public String queue() {
        return queue;
    }

    /**
     * The notice to put on {@link #queue()} for a channel that sends it in its own JMS transaction; empty when
     * the agency cannot be told (the body names no agency the gateway knows).
     */
    public Optional<String> notice(String agencyCode, String dossierCode, Channel channel, IntakeProblem problem) {
        if (!agencies.knows(agencyCode)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.writeValueAsString(
                    new RejectionNotice(agencyCode, dossierCode, channel, problem, clock.instant())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a rejection notice", e);
        }
    }

    /**
     * Queues the report through the transactional outbox: call inside the database transaction that records
     * the refusal (a polling cursor, a batch file's state), so both commit or neither. Returns whether a report
     * was queued (false when the agency cannot be told).
     */
    public boolean enqueue(String agencyCode, String dossierCode, Channel channel, IntakeProblem problem) {
        Optional<String> notice = notice(agencyCode, dossierCode, channel, problem);
        notice.ifPresent(body -> outbox.add(queue, null, body, clock.instant()));
        return notice.isPresent();
    }
}
