package vn.resultpost.gateway.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's sign-in page and dashboard (charts and their numbers as CSV). */
@Controller
public class DashboardController {

    private final DashboardReadModel dashboard;

    public DashboardController(DashboardReadModel dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/console/login")
    String login() {
        return "console/login";
    }

    @GetMapping({"/console", "/console/"})
    String dashboard(@RequestParam(defaultValue = "14") int days, Model model) {
        model.addAttribute("days", clamp(days));
        model.addAttribute("figures", dashboard.figures(clamp(days)));
        model.addAttribute("series", DashboardReadModel.SERIES);
        return "console/dashboard";
    }

    /** The dashboard's numbers: one row per day, agency and reason, with the totals. */
    @GetMapping("/console/dashboard.csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "14") int days) {
        DashboardFigures f = dashboard.figures(clamp(days));
        Csv csv = new Csv().row(List.of("section", "key", "series", "value"));
        for (int i = 0; i < f.days().size(); i++) {
            for (String series : DashboardReadModel.SERIES) {
                csv.row(List.of("day", f.days().get(i), series, f.perDay().get(series)[i]));
            }
        }
        f.perAgency().forEach((agency, counts) -> counts.forEach((series, n) ->
                csv.row(List.of("agency", agency, series, n))));
        f.failureReasons().forEach((reason, n) -> csv.row(List.of("failure-reason", reason, "DELIVERY_FAILED", n)));
        List<List<Object>> totals = new ArrayList<>();
        DashboardReadModel.SERIES.forEach(s -> totals.add(List.of("total", "", s, f.total(s))));
        totals.add(List.of("total", "", "IN_REVIEW", f.inReview()));
        totals.add(List.of("total", "", "OVERDUE", f.overdue()));
        totals.add(List.of("pickup-to-delivery-hours", "median", "DELIVERED", value(f.medianHours())));
        totals.add(List.of("pickup-to-delivery-hours", "p90", "DELIVERED", value(f.p90Hours())));
        totals.forEach(csv::row);
        return csv.download("dashboard.csv");
    }

    private static Object value(Double d) {
        return d == null ? "" : d;
    }

    private static int clamp(int days) {
        return Math.max(1, Math.min(days, 92));
    }

    /** For the templates: the agencies' counts of one series, in the agencies' order. */
    public static List<Long> column(Map<String, Map<String, Long>> perAgency, String series) {
        return perAgency.values().stream().map(m -> m.getOrDefault(series, 0L)).toList();
    }
}
