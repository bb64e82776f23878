package vn.resultpost.gateway.canonical;

/** One document in the result package; originals are marked for the dispatch slip. */
public record ResultDocument(String title, Integer copies, boolean original) {
}
