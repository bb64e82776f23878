package vn.resultpost.gateway.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The ways status reports reach a dossier system: REST callback, SOAP callback, or a JMS topic. */
public enum ReportingChannel {
    REST, SOAP, JMS;

    /** The channel of that name (any case); empty for an unknown name. */
    public static Optional<ReportingChannel> of(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(REST);
        }
        return Arrays.stream(values()).filter(c -> c.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }

    /** "REST, SOAP or JMS", for messages. */
    static String names() {
        String all = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
