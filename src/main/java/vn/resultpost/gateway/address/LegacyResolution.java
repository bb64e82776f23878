package vn.resultpost.gateway.address;

import java.util.List;

/** The 2025 ward an old (pre-2025) address converts to: one ward, a split to review, or nothing known. */
public sealed interface LegacyResolution {

    /**
     * The old ward converts to exactly one 2025 ward.
     *
     * @param ward           the 2025 ward
     * @param fromStreetLine true when the old ward was split and the street line named this candidate
     */
    record Resolved(Ward ward, boolean fromStreetLine) implements LegacyResolution {
    }

    /**
     * The old ward was split across several 2025 wards and nothing decides which: hold for review.
     *
     * @param candidates the 2025 wards the old ward went into, in the source's order
     */
    record Split(List<Ward> candidates) implements LegacyResolution {
        public Split {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * The old unit is not in the data.
     *
     * @param reason what was looked up, for the review message
     */
    record Unknown(String reason) implements LegacyResolution {
    }
}
