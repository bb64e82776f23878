package vn.resultpost.gateway.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import vn.resultpost.gateway.canonical.ShipmentStatus;

/**
 * The end-of-run check of the chaos harness, against the simulators' own records only: what the
 * harness submitted, the orders the operator holds, and the callbacks the dossier system received.
 * Pure: no I/O, so it is unit-tested on hand-made records.
 */
final class ChaosCheck {

    private ChaosCheck() {
    }

    /** One result the harness submitted, with every shipment id the gateway answered for it. */
    record Submitted(String agencyCode, String dossierCode, boolean accepted, Set<String> shipmentIds) {
        String key() {
            return agencyCode + "/" + dossierCode;
        }
    }

    /** One order at the operator simulator: its reference (a gateway shipment id) and the codes it produced. */
    record Order(String reference, String waybill, List<String> statusCodes) {
    }

    /** One callback received by the dossier simulator. */
    record Received(int sequence, ShipmentStatus status, String shipmentId, String operatorStatusCode) {
    }

    /**
     * What the check found. Each count is of results (a result may show in several), except where named.
     * {@code duplicatedReports} are results that got one sequence number with two different contents (or,
     * when strict, any report twice); {@code resentResults}/{@code resentReports} are results that got the
     * very same report again, and the copies: at-least-once delivery after a kill between the dossier
     * system's 200 and the gateway's commit.
     */
    record Findings(
            int results,
            int accepted,
            int ordersAtOperator,
            int callbacksReceived,
            int finished,
            int lost,
            int lostNotAccepted,
            int lostNoOrder,
            int lostNoFinalStatus,
            int lostStatuses,
            int duplicated,
            int duplicatedShipments,
            int duplicatedReports,
            int extraReportsReceived,
            int ordersWithoutResult,
            int resentResults,
            int resentReports,
            int misordered,
            List<String> examples) {

        boolean clean() {
            return lost == 0 && duplicated == 0 && misordered == 0;
        }
    }

    /**
     * Checks every submitted result.
     *
     * @param submitted   what the harness submitted
     * @param orders      the operator simulator's orders
     * @param received    the dossier simulator's callbacks per "agency/dossier", in arrival order
     * @param statusOf    the operator's status table: operator code to canonical status (null for
     *                    informational or unknown codes, which the gateway does not report)
     * @param strictOnce  count the very same report received twice as duplicated too
     */
    static Findings check(List<Submitted> submitted, List<Order> orders, Map<String, List<Received>> received,
                          Function<String, ShipmentStatus> statusOf, boolean strictOnce) {
        Map<String, Order> orderByRef = new HashMap<>();
        for (Order o : orders) {
            orderByRef.put(o.reference(), o);
        }
        Set<String> knownShipments = new HashSet<>();
        int accepted = 0;
        int callbacks = 0;
        int finished = 0;
        int lost = 0;
        int notAccepted = 0;
        int noOrder = 0;
        int noFinal = 0;
        int lostStatuses = 0;
        int duplicated = 0;
        int dupShipments = 0;
        int dupReports = 0;
        int extraReports = 0;
        int resentResults = 0;
        int resentReports = 0;
        int misordered = 0;
        List<String> examples = new ArrayList<>();

        for (Submitted s : submitted) {
            List<Received> got = received.getOrDefault(s.key(), List.of());
            callbacks += got.size();
            Set<String> ids = new LinkedHashSet<>(s.shipmentIds());
            got.forEach(r -> ids.add(r.shipmentId()));
            knownShipments.addAll(ids);
            if (s.accepted()) {
                accepted++;
            }

            // Duplicated: two shipments (so possibly two orders) for one result; a report received twice.
            boolean dup = false;
            if (ids.size() > 1) {
                dupShipments++;
                dup = true;
                example(examples, s, "shipment ids " + ids);
            }
            Map<Integer, Received> bySeq = new TreeMap<>();
            List<Integer> arrival = new ArrayList<>();
            int conflicting = 0;
            int identical = 0;
            for (Received r : got) {
                Received first = bySeq.putIfAbsent(r.sequence(), r);
                if (first == null) {
                    arrival.add(r.sequence());
                } else if (first.equals(r)) {
                    identical++;
                } else {
                    conflicting++;
                }
            }
            if (identical > 0) {
                resentResults++;
                resentReports += identical;
            }
            int repeats = conflicting + (strictOnce ? identical : 0);
            if (repeats > 0) {
                dupReports++;
                extraReports += repeats;
                dup = true;
                example(examples, s, "report sequence received twice" + (conflicting > 0 ? " with different content" : "")
                        + ": " + got.stream().map(r -> r.sequence() + " " + r.status()).toList());
            } else if (identical > 0) {
                example(examples, s, "same report re-sent (not counted as duplicated): sequences " + seqs(got));
            }
            if (dup) {
                duplicated++;
            }

            // Misordered: sequence numbers not 1..n in arrival order, or statuses out of the lifecycle.
            boolean mis = false;
            for (int i = 0; i < arrival.size(); i++) {
                if (arrival.get(i) != i + 1) {
                    mis = true;
                    example(examples, s, "sequences arrived as " + seqs(got));
                    break;
                }
            }
            List<ShipmentStatus> arrivedStatuses = new ArrayList<>();
            for (int seq : arrival) {
                arrivedStatuses.add(bySeq.get(seq).status());
            }
            if (!mis && !lifecycleOrder(arrivedStatuses)) {
                mis = true;
                example(examples, s, "statuses out of lifecycle order " + arrivedStatuses);
            }

            // Lost: never accepted, no order at the operator, no final status, or a status not reported.
            boolean lostOne = false;
            if (!s.accepted()) {
                notAccepted++;
                lostOne = true;
                example(examples, s, "never accepted by the gateway");
            }
            List<Order> ordersOfResult = ids.stream().map(orderByRef::get).filter(java.util.Objects::nonNull).toList();
            Order order = ordersOfResult.isEmpty() ? null : ordersOfResult.get(0);
            if (s.accepted() && order == null) {
                noOrder++;
                lostOne = true;
                example(examples, s, "no order at the operator for shipment " + ids);
            }
            boolean isFinished = arrivedStatuses.stream().anyMatch(ShipmentStatus::terminal);
            if (isFinished) {
                finished++;
            } else if (s.accepted()) {
                noFinal++;
                lostOne = true;
                example(examples, s, "no final status reported; received " + arrivedStatuses);
            }
            if (order != null && isFinished) {
                List<ShipmentStatus> expected = expected(order, statusOf);
                List<ShipmentStatus> bySequence = new ArrayList<>();
                bySeq.values().forEach(r -> bySequence.add(r.status()));
                if (!bySequence.equals(expected)) {
                    if (isSubsequence(bySequence, expected)) {
                        lostStatuses++;
                        lostOne = true;
                        example(examples, s, "statuses missing: expected " + expected + ", received " + bySequence);
                    } else if (!mis) {
                        mis = true;
                        example(examples, s, "statuses differ: expected " + expected + ", received " + bySequence);
                    }
                }
            }
            if (mis) {
                misordered++;
            }
            if (lostOne) {
                lost++;
            }
        }

        // An order whose reference is no shipment of a submitted result is a duplicate order.
        int orphans = 0;
        for (Order o : orders) {
            if (!knownShipments.contains(o.reference())) {
                orphans++;
                if (examples.size() < 20) {
                    examples.add("order " + o.waybill() + " with reference " + o.reference() + " belongs to no result");
                }
            }
        }
        return new Findings(submitted.size(), accepted, orders.size(), callbacks, finished, lost, notAccepted, noOrder,
                noFinal, lostStatuses, duplicated + orphans, dupShipments, dupReports, extraReports, orphans,
                resentResults, resentReports, misordered, List.copyOf(examples));
    }

    /**
     * The reports a result should get: accepted, order created, then each operator event's status,
     * a repeat of the same status not counted (the gateway records a change, not a repeat).
     */
    static List<ShipmentStatus> expected(Order order, Function<String, ShipmentStatus> statusOf) {
        List<ShipmentStatus> out = new ArrayList<>(List.of(ShipmentStatus.ACCEPTED, ShipmentStatus.ORDER_CREATED));
        for (String code : order.statusCodes()) {
            ShipmentStatus s = statusOf.apply(code);
            if (s != null && s != out.get(out.size() - 1)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Ranks never decrease, a final status comes last, and the first report is ACCEPTED. */
    static boolean lifecycleOrder(List<ShipmentStatus> statuses) {
        for (int i = 0; i < statuses.size(); i++) {
            ShipmentStatus s = statuses.get(i);
            if (i == 0 && s != ShipmentStatus.ACCEPTED) {
                return false;
            }
            if (i > 0) {
                ShipmentStatus before = statuses.get(i - 1);
                if (before.terminal() || s.rank() < before.rank()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isSubsequence(List<ShipmentStatus> part, List<ShipmentStatus> whole) {
        int j = 0;
        for (ShipmentStatus s : whole) {
            if (j < part.size() && part.get(j) == s) {
                j++;
            }
        }
        return j == part.size();
    }

    private static List<Integer> seqs(List<Received> got) {
        return got.stream().map(Received::sequence).toList();
    }

    private static void example(List<String> examples, Submitted s, String what) {
        if (examples.size() < 20) {
            examples.add(s.key() + ": " + what);
        }
    }
}
