package vn.resultpost.gateway.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** CPU time and memory of a process, read from Linux's /proc (utime+stime in clock ticks, VmRSS, VmHWM). */
final class ProcStats {

    /** Clock ticks per second of /proc/[pid]/stat (USER_HZ, 100 on Linux x86-64). */
    static final double TICKS = 100.0;

    private ProcStats() {
    }

    /** User + system CPU seconds the process has used so far (its threads included; children not). */
    static double cpuSeconds(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))) / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** CPU seconds so far of each live thread of the process, by thread id, with its {@link #kind}. */
    static Map<Long, ThreadCpu> threads(long pid) {
        Map<Long, ThreadCpu> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    threads.put(Long.parseLong(task.getFileName().toString()),
                            new ThreadCpu(kind(name), ticks(Files.readString(task.resolve("stat"))) / TICKS));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return Map.of();
        }
        return threads;
    }

    /**
     * CPU seconds by kind ("jit", "gc", "threads") that the threads alive in {@code now} used since {@code before}
     * (a thread started since counts from zero). A thread that ended in between is in neither: its CPU is only in
     * the process's total ({@link #cpuSeconds}).
     */
    static Map<String, Double> byKindSince(Map<Long, ThreadCpu> before, Map<Long, ThreadCpu> now) {
        Map<String, Double> kinds = new LinkedHashMap<>();
        kinds.put("jit", 0.0);
        kinds.put("gc", 0.0);
        kinds.put("threads", 0.0);
        now.forEach((tid, t) -> {
            ThreadCpu then = before.get(tid);
            kinds.merge(t.kind(), t.seconds() - (then == null ? 0 : then.seconds()), Double::sum);
        });
        return kinds;
    }

    /** The kind of a JVM thread by its Linux name (at most 15 characters of the Java name). */
    static String kind(String threadName) {
        if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
            return "jit";
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.equals("VM Thread")) {
            return "gc";
        }
        return "threads";
    }

    /** One thread's kind and CPU seconds so far. */
    record ThreadCpu(String kind, double seconds) {
    }

    /** utime + stime of a /proc stat line: after "pid (comm) ", fields 14 and 15 (1-based) are indexes 11, 12. */
    private static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
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
