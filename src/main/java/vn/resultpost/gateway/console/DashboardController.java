package vn.resultpost.gateway.console;

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
        return DashboardCsv.of(dashboard.figures(clamp(days))).download("dashboard.csv");
    }

    private static int clamp(int days) {
        return Math.max(1, Math.min(days, 92));
    }

    /** For the templates: the agencies' counts of one series, in the agencies' order. */
    public static List<Long> column(Map<String, Map<String, Long>> perAgency, String series) {
        return perAgency.values().stream().map(m -> m.getOrDefault(series, 0L)).toList();
    }
}
