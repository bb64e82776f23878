package vn.resultpost.gateway.console;

import java.util.List;

/** The dashboard's numbers as CSV rows (section, key, series, value): per day, agency and reason, and the totals. */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static Csv of(DashboardFigures f) {
        Csv csv = new Csv().row(List.of("section", "key", "series", "value"));
        for (int i = 0; i < f.days().size(); i++) {
            for (String series : DashboardReadModel.SERIES) {
                csv.row(List.of("day", f.days().get(i), series, f.perDay().get(series)[i]));
            }
        }
        f.perAgency().forEach((agency, counts) -> counts.forEach((series, n) ->
                csv.row(List.of("agency", agency, series, n))));
        f.failureReasons().forEach((reason, n) -> csv.row(List.of("failure-reason", reason, "DELIVERY_FAILED", n)));
        for (int i = 0; i < f.days().size(); i++) {
            csv.row(List.of("pickup-to-delivery-hours-by-day", f.days().get(i), "median",
                    value(f.medianHoursPerDay().get(i))));
            csv.row(List.of("pickup-to-delivery-hours-by-day", f.days().get(i), "p90",
                    value(f.p90HoursPerDay().get(i))));
        }
        DashboardReadModel.SERIES.forEach(s -> csv.row(List.of("total", "", s, f.total(s))));
        csv.row(List.of("total", "", "IN_REVIEW", f.inReview()));
        csv.row(List.of("total", "", "OVERDUE", f.overdue()));
        csv.row(List.of("pickup-to-delivery-hours", "median", "DELIVERED", value(f.medianHours())));
        csv.row(List.of("pickup-to-delivery-hours", "p90", "DELIVERED", value(f.p90Hours())));
        return csv;
    }

    private static Object value(Double d) {
        return d == null ? "" : d;
    }
}
