package vn.resultpost.gateway.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.intake.AgencyDirectory;
import vn.resultpost.gateway.support.InvalidMessageException;

/**
 * Rejection-reporting stage: tells the agency's dossier system, through its reporting channel, that a
 * submission was refused at intake. A dossier system that does not accept the report makes the message
 * roll back; the broker redelivers it with backoff, and after the last attempt it waits in DLQ.&lt;queue&gt;.
 */
@Service("rejectionReporting")
public class RejectionReporting {

    private static final Logger log = LoggerFactory.getLogger(RejectionReporting.class);

    private final DossierSystemReporter reporter;
    private final AgencyDirectory agencies;
    private final ObjectMapper json;

    public RejectionReporting(DossierSystemReporter reporter, AgencyDirectory agencies, ObjectMapper json) {
        this.reporter = reporter;
        this.agencies = agencies;
        this.json = json;
    }

    /** Sends the report of one notice; throws RetryLaterException when the dossier system does not accept it. */
    public void report(String body) {
        RejectionNotice notice = read(body);
        if (!agencies.knows(notice.agencyCode())) {
            throw new InvalidMessageException("Agency " + notice.agencyCode() + " is not configured under gateway.agencies");
        }
        StatusReport report = RejectionReportBuilder.build(notice);
        reporter.send(notice.agencyCode(), report);
        log.info("Reported the {} rejection of {}/{} ({}) to the dossier system", notice.channel(),
                notice.agencyCode(), notice.dossierCode(), notice.problem().code());
    }

    private RejectionNotice read(String body) {
        try {
            RejectionNotice notice = body == null ? null : json.readValue(body, RejectionNotice.class);
            if (notice == null || notice.agencyCode() == null || notice.problem() == null || notice.channel() == null) {
                throw new InvalidMessageException("Not a rejection notice: agencyCode, channel and problem are required");
            }
            return notice;
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("Not a rejection notice: " + e.getOriginalMessage());
        }
    }
}
