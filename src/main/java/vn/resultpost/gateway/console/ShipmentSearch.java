package vn.resultpost.gateway.console;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The console's shipment search: dossier code (or part of it), waybill, agency, status, a range of intake
 * dates (Vietnam's calendar) and the delivery ward's code; blank fields do not filter.
 */
public record ShipmentSearch(String dossier, String waybill, String agency, String status,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String ward) {

    /** Whether any filter is given. */
    public boolean any() {
        return has(dossier) || has(waybill) || has(agency) || has(status) || from != null || to != null || has(ward);
    }

    /** The query string that repeats this search (for the CSV link). */
    public String query() {
        StringBuilder q = new StringBuilder();
        add(q, "dossier", dossier);
        add(q, "waybill", waybill);
        add(q, "agency", agency);
        add(q, "status", status);
        add(q, "from", from == null ? null : from.toString());
        add(q, "to", to == null ? null : to.toString());
        add(q, "ward", ward);
        return q.toString();
    }

    static boolean has(String s) {
        return s != null && !s.isBlank();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (has(value)) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
