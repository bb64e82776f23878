package vn.resultpost.gateway.canonical;

/** Postal service level requested for the result. */
public enum ServiceLevel {
    STANDARD,
    EXPRESS
}
