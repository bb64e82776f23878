package vn.resultpost.gateway.bench;

import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.support.PersonalDataMasker;

/**
 * Microbenchmark of the audit log's masking of personal data ({@link PersonalDataMasker}, run on every message in and
 * out): microseconds per mask of the sample submission, five rounds after a warm-up; prints the numbers.
 * {@code java -cp target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)
 * vn.resultpost.gateway.bench.MaskerBenchmark}
 */
public final class MaskerBenchmark {

    private MaskerBenchmark() {
    }

    public static void main(String[] args) {
        String body = Fixtures.result("000.00.12.H26-261205-0001");
        PersonalDataMasker masker = new PersonalDataMasker();
        int n = 200_000;
        long sink = 0;
        for (int round = -2; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += masker.mask(body).length();
            }
            double micros = (System.nanoTime() - t0) / 1e3 / n;
            if (round >= 0) {
                System.out.printf("round %d: %.2f µs per mask of %d characters%n", round, micros, body.length());
            }
        }
        System.out.println("(checksum " + sink + ")");
    }
}
