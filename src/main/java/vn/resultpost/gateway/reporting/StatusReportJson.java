package vn.resultpost.gateway.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.StatusReport;

/** The JSON form of a status report: the REST callback's body, also the JMS topic's message text. */
@Component
public class StatusReportJson {

    private final ObjectMapper json;

    public StatusReportJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(StatusReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a status report", e);
        }
    }
}
