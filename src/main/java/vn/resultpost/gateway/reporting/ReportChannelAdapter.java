package vn.resultpost.gateway.reporting;

import java.util.List;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.config.GatewayProperties.Reporting;

/**
 * Channel Adapter for one reporting channel (REST, SOAP, JMS). {@link DossierSystemRouter} picks the
 * adapter of each agency's configured channel; the adapters are not the port themselves, so the stage
 * depends on the router alone.
 */
public interface ReportChannelAdapter {

    /** The channel this adapter serves. */
    ReportingChannel channel();

    /**
     * Delivers one report to the agency's dossier system; returns only once it has been accepted.
     *
     * @throws vn.resultpost.gateway.support.RetryLaterException when it was not (fault, timeout, transport error)
     */
    void send(String agencyCode, Reporting settings, StatusReport report);

    /**
     * What is wrong with an agency's settings for this channel, each naming the setting (checked at start);
     * empty when they are usable.
     */
    default List<String> problems(String agencyCode, Reporting settings) {
        return List.of();
    }

    /** The name of one of the agency's reporting settings, as written in configuration. */
    static String setting(String agencyCode, String name) {
        return "gateway.agencies.[" + agencyCode + "].reporting." + name;
    }
}
