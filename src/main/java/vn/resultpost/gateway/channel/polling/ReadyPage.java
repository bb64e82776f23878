package vn.resultpost.gateway.channel.polling;

import java.util.List;
import vn.resultpost.gateway.audit.Correlation;
import vn.resultpost.gateway.intake.IntakeProblem;

/**
 * One page of a dossier system's list of results ready for postal return, as read by {@link ReadyPageReader}.
 *
 * @param items      the items in list order
 * @param nextCursor the cursor after this page as the list gives it, or null (then the last item's)
 * @param hasMore    whether the list has more items after this page
 */
public record ReadyPage(List<Item> items, String nextCursor, boolean hasMore) {

    public ReadyPage {
        items = List.copyOf(items);
    }

    /** The cursor to keep once this page is taken: the list's nextCursor, else the last item's, else {@code current}. */
    public String cursorAfter(String current) {
        if (nextCursor != null) {
            return nextCursor;
        }
        return items.isEmpty() ? current : items.get(items.size() - 1).cursor();
    }

    /**
     * One listed result.
     *
     * @param cursor      its place in the list
     * @param json        the result's JSON (as for POST /api/v1/results), or null when the item has none
     * @param problem     why the item cannot go to intake at all, or null
     * @param agencyCode  the agency the result names (read leniently), or null
     * @param dossierCode the dossier the result names (read leniently), or null
     * @param auditBody   the item as recorded in the audit log
     */
    public record Item(String cursor, String json, IntakeProblem problem, String agencyCode, String dossierCode,
                       String auditBody) {

        /** The dossier system as the audit log names it. */
        public String party() {
            return agencyCode == null ? "dossier-system" : "dossier-system:" + agencyCode;
        }

        public Correlation correlation() {
            return agencyCode == null && dossierCode == null ? Correlation.NONE : Correlation.of(agencyCode, dossierCode);
        }
    }
}
