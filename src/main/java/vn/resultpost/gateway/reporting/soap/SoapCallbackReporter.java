package vn.resultpost.gateway.reporting.soap;

import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.audit.Direction;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.config.GatewayProperties.Reporting;
import vn.resultpost.gateway.reporting.ReportChannelAdapter;
import vn.resultpost.gateway.reporting.ReportingChannel;
import vn.resultpost.gateway.reporting.ReportingProperties;
import vn.resultpost.gateway.support.RetryLaterException;

/**
 * Reporting channel SOAP: each report is a {@code ReportStatus} call on the agency's dossier-status
 * service (wsdl/dossier-status-v1.wsdl) at {@code reporting.url}, signed in with the agency's
 * {@code reporting.username}/{@code password}. RECEIVED and DUPLICATE are accepted; a fault, a timeout, a
 * transport error or any other answer is a {@link RetryLaterException}: the stage rolls back and the broker
 * brings the report back with backoff (after the limit it waits in DLQ.gateway.reports).
 */
@Component
public class SoapCallbackReporter implements ReportChannelAdapter {

    private static final Logger log = LoggerFactory.getLogger(SoapCallbackReporter.class);

    private final DossierStatusSoapClient client;
    private final MessageLog messageLog;

    @Autowired
    public SoapCallbackReporter(ReportingProperties props, MessageLog messageLog) {
        this(new DossierStatusSoapClient(props.soap()), messageLog);
    }

    SoapCallbackReporter(DossierStatusSoapClient client, MessageLog messageLog) {
        this.client = client;
        this.messageLog = messageLog;
    }

    @Override
    public ReportingChannel channel() {
        return ReportingChannel.SOAP;
    }

    @Override
    public void send(String agencyCode, Reporting settings, StatusReport report) {
        String payload = StatusReportSoapMapper.toPayload(report);
        // Audit: the request payload exactly as sent (OUT).
        messageLog.record(Direction.OUT, "dossier-system:" + agencyCode,
                new Correlation(report.agencyCode(), report.dossierCode(), report.waybill()), payload);
        var endpoint = new DossierStatusSoapClient.Endpoint(settings.url(), settings.username(), settings.password());
        ReportReply reply;
        try {
            reply = ReportReplyParser.reply(client.call(endpoint, payload));
        } catch (SOAPFaultException e) {
            reply = ReportReplyParser.fault(String.valueOf(e.getFault().getFaultCodeAsQName()),
                    e.getFault().getFaultString(), e.getFault().getDetail());
        } catch (WebServiceException e) {
            throw new RetryLaterException("Dossier system of " + agencyCode + " unreachable over SOAP at "
                    + settings.url() + ": " + rootMessage(e));
        }
        if (!reply.accepted()) {
            throw new RetryLaterException("Dossier system of " + agencyCode + " did not accept report #"
                    + report.sequence() + " over SOAP: " + reply.message());
        }
        if (reply.outcome() == ReportReply.Outcome.DUPLICATE) {
            log.info("Dossier system of {} already had report #{} of {}", agencyCode, report.sequence(),
                    report.dossierCode());
        }
    }

    @Override
    public List<String> problems(String agencyCode, Reporting settings) {
        List<String> problems = new ArrayList<>();
        String url = settings.url();
        if (url == null || url.isBlank()) {
            problems.add("agency " + agencyCode + ": " + ReportChannelAdapter.setting(agencyCode, "url")
                    + " (the dossier-status service's address) is required for channel SOAP");
        } else if (!url.startsWith("http://") && !url.startsWith("https://") || !parses(url)) {
            problems.add("agency " + agencyCode + ": " + ReportChannelAdapter.setting(agencyCode, "url")
                    + " is not an http(s) URL: " + url);
        }
        if (settings.username() != null && !settings.username().isBlank()
                && (settings.password() == null || settings.password().isBlank())) {
            problems.add("agency " + agencyCode + ": " + ReportChannelAdapter.setting(agencyCode, "password")
                    + " is required with " + ReportChannelAdapter.setting(agencyCode, "username"));
        }
        return problems;
    }

    private static boolean parses(String url) {
        try {
            return URI.create(url).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : t.getClass().getSimpleName() + ": " + t.getMessage()
                + " (" + e.getMessage() + ")";
    }
}
