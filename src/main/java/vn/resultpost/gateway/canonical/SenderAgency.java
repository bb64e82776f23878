package vn.resultpost.gateway.canonical;

/** The agency that sends the result: the sender on the dispatch slip. */
public record SenderAgency(String code, String name, String phone, Address address) {
}
