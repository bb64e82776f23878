package vn.resultpost.gateway.simulator;

import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.add;
import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.child;
import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.element;
import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.text;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SIMULATOR: the shipments of the SOAP operator simulator and its three operations, request element in,
 * reply element out: one shipment per reference (a repeat answers DUPLICATE_REFERENCE with the first
 * waybill), cancel only before pickup, tracking computed from the creation time. It holds the last
 * {@code simulator.retained-shipments} shipments (0: all): one dropped is NOT_FOUND, as an unknown one.
 */
final class SoapSimulatedShipments {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final WaybillReferenceIndex<SoapSimulatedShipment> shipments;
    private final AtomicLong serial = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000, 80_000_000));
    private final Clock clock;

    SoapSimulatedShipments(Clock clock, int retained) {
        this.clock = clock;
        this.shipments = new WaybillReferenceIndex<>(retained, SoapSimulatedShipment::waybill,
                SoapSimulatedShipment::reference);
    }

    /** CreateShipment: ACCEPTED, DUPLICATE_REFERENCE (the first waybill) or REJECTED (no receiver phone or ward). */
    synchronized Element create(Document doc, Element request, String scenario, Duration step) {
        Element reply = element(doc, "CreateShipmentResponse");
        String reference = text(request, "reference");
        SoapSimulatedShipment existing = reference == null ? null : shipments.byReference(reference);
        if (existing != null) {
            add(reply, "result", "DUPLICATE_REFERENCE");
            add(reply, "waybill", existing.waybill());
            return reply;
        }
        Element receiver = child(request, "receiver");
        if (reference == null || text(receiver, "phone") == null || text(child(receiver, "address"), "wardCode") == null) {
            add(reply, "result", "REJECTED");
            Element rejection = element(reply, "rejection");
            add(rejection, "code", "INVALID_RECEIVER");
            add(rejection, "reason", "The receiver needs a phone and a 2025 ward code");
            return reply;
        }
        SoapSimulatedShipment s = new SoapSimulatedShipment(reference, nextWaybill(), scenario, clock.instant(), step,
                16_500L + (grams(text(request, "weightGrams")) / 500) * 2_500L);
        shipments.add(s);
        add(reply, "result", "ACCEPTED");
        add(reply, "waybill", s.waybill());
        add(reply, "fee", s.fee());
        return reply;
    }

    /** CancelShipment: CANCELLED before pickup, TOO_LATE after, NOT_FOUND for an unknown waybill. */
    Element cancel(Document doc, Element request) {
        Element reply = element(doc, "CancelShipmentResponse");
        String waybill = text(request, "waybill");
        SoapSimulatedShipment s = waybill == null ? null : shipments.byWaybill(waybill);
        String tooLate = s == null ? null : s.cancel(clock.instant());
        add(reply, "result", s == null ? "NOT_FOUND" : tooLate == null ? "CANCELLED" : "TOO_LATE");
        add(reply, "reason", s == null ? "No shipment " + waybill : tooLate);
        return reply;
    }

    /** GetTracking by waybill or reference: FOUND with the events due now, oldest first, or NOT_FOUND. */
    Element tracking(Document doc, Element request) {
        Element reply = element(doc, "GetTrackingResponse");
        String waybill = text(request, "waybill");
        String reference = text(request, "reference");
        SoapSimulatedShipment s = waybill != null ? shipments.byWaybill(waybill)
                : reference != null ? shipments.byReference(reference) : null;
        if (s == null) {
            add(reply, "result", "NOT_FOUND");
            return reply;
        }
        add(reply, "result", "FOUND");
        add(reply, "waybill", s.waybill());
        add(reply, "reference", s.reference());
        Element events = element(reply, "events");
        for (SoapSimulatedShipment.Event e : s.events(clock.instant())) {
            Element event = element(events, "event");
            add(event, "code", e.code());
            add(event, "text", e.text());
            add(event, "time", e.time().atOffset(VIETNAM).toString());
        }
        return reply;
    }

    boolean holds(String reference) {
        return reference != null && shipments.holdsReference(reference);
    }

    List<SoapSimulatedShipment> all() {
        return shipments.values();
    }

    private String nextWaybill() {
        String digits = String.format("%08d", serial.incrementAndGet() % 100_000_000);
        return "GS" + digits + Waybills.checkDigit(digits) + "VN";
    }

    private static long grams(String text) {
        try {
            return text == null ? 100 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
