package vn.resultpost.gateway.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the harness's child JVMs (gateways, simulators, a broker) on the test classpath, each with its
 * output in a log file, and stops whatever is still running at the end.
 */
final class ProcessLauncher {

    private final Path projectDir;
    private final Path argFile;
    private final List<Process> children = new ArrayList<>();

    ProcessLauncher(Path projectDir, Path work) throws IOException {
        this.projectDir = projectDir;
        String classpath = System.getProperty("chaos.classpath", System.getProperty("java.class.path"));
        this.argFile = work.resolve("classpath.args");
        Files.writeString(argFile, "-cp \"" + classpath.replace("\\", "\\\\") + "\"\n");
    }

    /** The command line of a JVM running {@code mainClass} with at most {@code heap} of heap. */
    List<String> java(String heap, String mainClass, String... jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.addAll(List.of(jvmOptions));
        cmd.add("@" + argFile);
        cmd.add(mainClass);
        return cmd;
    }

    /** Starts {@code cmd} in the project directory with {@code env} added, its output going to {@code logFile}. */
    Process start(List<String> cmd, Map<String, String> env, Path logFile) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(projectDir.toFile())
                .redirectErrorStream(true).redirectOutput(logFile.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().remove("SERVER_PORT");
        pb.environment().remove("GATEWAY_DATA_DIR");
        pb.environment().remove("SPRING_PROFILES_ACTIVE");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        synchronized (children) {
            children.add(p);
        }
        return p;
    }

    /** Stops every child still running: SIGTERM, then SIGKILL after 30 s. */
    void stopAll() {
        List<Process> all;
        synchronized (children) {
            all = List.copyOf(children);
        }
        for (Process p : all) {
            if (p.isAlive()) {
                p.destroy();
            }
        }
        for (Process p : all) {
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
