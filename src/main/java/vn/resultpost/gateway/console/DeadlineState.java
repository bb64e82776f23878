package vn.resultpost.gateway.console;

import java.time.LocalDate;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.store.DeadlineRepository.StoredDeadline;

/** Where a shipment stands against its J+n due date. */
public enum DeadlineState {
    NOT_SET, ON_TRACK, DUE_TODAY, OVERDUE, MET, MISSED, CLOSED;

    static DeadlineState of(Shipment s, StoredDeadline d, LocalDate today) {
        if (s.status() == ShipmentStatus.DELIVERED) {
            return d.overdueAt() == null ? MET : MISSED;
        }
        if (s.status().terminal()) {
            return CLOSED;
        }
        if (d.overdueAt() != null || d.dueDate().isBefore(today)) {
            return OVERDUE;
        }
        return d.dueDate().equals(today) ? DUE_TODAY : ON_TRACK;
    }
}
