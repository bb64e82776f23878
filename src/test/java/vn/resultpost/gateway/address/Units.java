package vn.resultpost.gateway.address;

/** One registry for all address tests: the bundled data is loaded once per test JVM. */
final class Units {

    static final AdministrativeUnits REGISTRY = new AdministrativeUnits();

    private Units() {
    }
}
