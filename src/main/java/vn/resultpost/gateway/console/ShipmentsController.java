package vn.resultpost.gateway.console;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import vn.resultpost.gateway.canonical.ShipmentStatus;

/** Shipment search (with its CSV export) and the shipment page with its timeline. */
@Controller
public class ShipmentsController {

    static final int PAGE_LIMIT = 200;
    static final int CSV_LIMIT = 10_000;

    private final ShipmentSearchReadModel search;
    private final ShipmentPageReadModel pages;

    public ShipmentsController(ShipmentSearchReadModel search, ShipmentPageReadModel pages) {
        this.search = search;
        this.pages = pages;
    }

    @GetMapping("/console/shipments")
    String search(@ModelAttribute("search") ShipmentSearch criteria, Model model) {
        model.addAttribute("statuses", ShipmentStatus.values());
        model.addAttribute("rows", search.search(criteria, PAGE_LIMIT));
        model.addAttribute("limit", PAGE_LIMIT);
        return "console/shipments";
    }

    @GetMapping("/console/shipments.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute ShipmentSearch criteria) {
        Csv csv = new Csv().row(List.of("shipmentId", "agencyCode", "dossierCode", "operator", "waybill", "status",
                "createdAt", "dueDate", "overdueAt"));
        search.search(criteria, CSV_LIMIT).forEach(r -> csv.row(java.util.Arrays.asList(r.id(), r.agencyCode(),
                r.dossierCode(), r.operator(), r.waybill(), r.status(), r.createdAt(), r.dueDate(), r.overdueAt())));
        return csv.download("shipments.csv");
    }

    @GetMapping("/console/shipments/{id}")
    String page(@PathVariable String id, @ModelAttribute("user") ConsoleUser user, Model model) {
        model.addAttribute("page", pages.page(id, user.seesPersonalData()));
        return "console/shipment";
    }
}
