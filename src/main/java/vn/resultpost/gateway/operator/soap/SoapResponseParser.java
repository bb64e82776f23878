package vn.resultpost.gateway.operator.soap;

import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.child;
import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.children;
import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.text;
import static vn.resultpost.gateway.operator.soap.SoapReplyReader.amount;
import static vn.resultpost.gateway.operator.soap.SoapReplyReader.reply;
import static vn.resultpost.gateway.operator.soap.SoapReplyReader.result;
import static vn.resultpost.gateway.operator.soap.SoapReplyReader.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3c.dom.Element;
import vn.resultpost.gateway.canonical.CancelOutcome;
import vn.resultpost.gateway.canonical.OperatorStatusEvent;
import vn.resultpost.gateway.canonical.OrderOutcome;
import vn.resultpost.gateway.canonical.OrderRef;
import vn.resultpost.gateway.canonical.TrackOutcome;
import vn.resultpost.gateway.operator.soap.SoapReplyReader.Unreadable;

/**
 * Pure response parser: the reply payloads of the postal-operator contract (or a SOAP Fault element) as
 * canonical outcomes. A fault or an unreadable reply is Retryable; business answers come from the
 * {@code result} code.
 */
public final class SoapResponseParser {

    static final String OPERATOR = "generic-soap";

    /** The outcome of a CreateShipment reply; DUPLICATE_REFERENCE without a waybill is a Duplicate(null). */
    public OrderOutcome createOutcome(String xml) {
        try {
            Element root = reply(xml, "CreateShipmentResponse");
            String waybill = text(root, "waybill");
            return switch (result(root)) {
                case "ACCEPTED" -> waybill == null ? new OrderOutcome.Retryable("ACCEPTED without a waybill")
                        : new OrderOutcome.Accepted(waybill, amount(text(root, "fee")));
                case "DUPLICATE_REFERENCE" -> new OrderOutcome.Duplicate(waybill);
                case "REJECTED" -> {
                    Element rejection = child(root, "rejection");
                    String code = text(rejection, "code");
                    String reason = text(rejection, "reason");
                    yield new OrderOutcome.Rejected(code == null ? "REJECTED" : code, reason == null ? "" : reason);
                }
                default -> throw new Unreadable("unknown CreateShipment result " + result(root));
            };
        } catch (Unreadable e) {
            return new OrderOutcome.Retryable(e.getMessage());
        }
    }

    /** The outcome of a CancelShipment reply; NOT_FOUND is TooLate (there is nothing left to cancel). */
    public CancelOutcome cancelOutcome(String xml) {
        try {
            Element root = reply(xml, "CancelShipmentResponse");
            String reason = text(root, "reason");
            return switch (result(root)) {
                case "CANCELLED" -> new CancelOutcome.Cancelled();
                case "TOO_LATE" -> new CancelOutcome.TooLate(reason == null ? "TOO_LATE" : reason);
                case "NOT_FOUND" -> new CancelOutcome.TooLate("NOT_FOUND" + (reason == null ? "" : ": " + reason));
                default -> throw new Unreadable("unknown CancelShipment result " + result(root));
            };
        } catch (Unreadable e) {
            return new CancelOutcome.Retryable(e.getMessage());
        }
    }

    /** The events of a GetTracking reply, oldest first; waybill and reference default to those asked for. */
    public TrackOutcome trackOutcome(OrderRef asked, String xml) {
        try {
            Element root = reply(xml, "GetTrackingResponse");
            return switch (result(root)) {
                case "FOUND" -> new TrackOutcome.Events(events(root, asked));
                case "NOT_FOUND" -> new TrackOutcome.NotFound("generic-soap knows no shipment "
                        + (asked.waybill() != null ? asked.waybill() : "with reference " + asked.reference()));
                default -> throw new Unreadable("unknown GetTracking result " + result(root));
            };
        } catch (Unreadable e) {
            return new TrackOutcome.Retryable(e.getMessage());
        }
    }

    /** The waybill of a FOUND GetTracking reply (the lookup after a duplicate reference), or null. */
    public String waybill(String xml) {
        try {
            Element root = reply(xml, "GetTrackingResponse");
            return "FOUND".equals(result(root)) ? text(root, "waybill") : null;
        } catch (Unreadable e) {
            return null;
        }
    }

    private static List<OperatorStatusEvent> events(Element root, OrderRef asked) {
        String waybill = text(root, "waybill") != null ? text(root, "waybill") : asked.waybill();
        String reference = text(root, "reference") != null ? text(root, "reference") : asked.reference();
        if (waybill == null) {
            throw new Unreadable("FOUND without a waybill");
        }
        List<OperatorStatusEvent> events = new ArrayList<>();
        for (Element e : children(child(root, "events"), "event")) {
            String code = text(e, "code");
            String time = text(e, "time");
            if (code == null || time == null || code.length() > 32) {
                throw new Unreadable("tracking event without a code or time (or code longer than 32)");
            }
            events.add(new OperatorStatusEvent(OPERATOR, waybill, reference, code, text(e, "text"), time(time)));
        }
        events.sort(Comparator.comparing(OperatorStatusEvent::occurredAt)); // stable: equal times keep their order
        return events;
    }
}
