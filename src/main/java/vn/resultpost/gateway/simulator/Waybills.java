package vn.resultpost.gateway.simulator;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Issues UPU S10 item identifiers (two letters, 8-digit serial, check digit, country), as VNPost does. */
final class Waybills {

    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private final AtomicLong serial = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000, 80_000_000));

    String next() {
        String digits = String.format("%08d", serial.incrementAndGet() % 100_000_000);
        return "EB" + digits + checkDigit(digits) + "VN";
    }

    static int checkDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }
}
