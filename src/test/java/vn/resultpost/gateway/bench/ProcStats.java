package vn.resultpost.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and memory of a process, read from Linux's /proc (utime+stime in clock ticks, VmRSS, VmHWM). */
final class ProcStats {

    /** Clock ticks per second of /proc/[pid]/stat (USER_HZ, 100 on Linux x86-64). */
    static final double TICKS = 100.0;

    private ProcStats() {
    }

    /** User + system CPU seconds the process has used so far (its threads included; children not). */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After "pid (comm) ": state is field 3, utime field 14, stime field 15 (1-based) -> index 11, 12.
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Resident set size now, in MiB. */
    static double rssMib(long pid) {
        return statusKib(pid, "VmRSS:") / 1024.0;
    }

    /** Peak resident set size since the process started (VmHWM), in MiB. */
    static double peakRssMib(long pid) {
        return statusKib(pid, "VmHWM:") / 1024.0;
    }

    private static double statusKib(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
