package vn.resultpost.gateway.channel.rest;

import vn.resultpost.gateway.support.InvalidMessageException;

/** Whole numbers from query parameters and path segments of the admin API; a bad one is a 400. */
final class QueryNumbers {

    private QueryNumbers() {
    }

    /** {@code text} as a whole number, {@code fallback} when absent. */
    static int number(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidMessageException("'" + text + "' is not a number");
        }
    }
}
