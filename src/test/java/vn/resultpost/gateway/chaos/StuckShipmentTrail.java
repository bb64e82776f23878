package vn.resultpost.gateway.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The trail of a shipment a run left unfinished: every line of the gateway logs (each instance's in start
 * order) and of the simulators' log that names it, prefixed with the log's name, so that a failed run in CI
 * carries its evidence in its own output.
 */
final class StuckShipmentTrail {

    private static final int MAX_LINES = 40;

    private StuckShipmentTrail() {
    }

    /** The lines naming {@code shipmentId} in the work folder's gateway and simulator logs, the last {@value #MAX_LINES}. */
    static List<String> of(Path work, String shipmentId) {
        List<String> trail = new ArrayList<>();
        try (Stream<Path> logs = Files.list(work)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().matches("(gateway-.*|simulator)\\.log")).sorted().toList()) {
                try (Stream<String> lines = Files.lines(log)) {
                    lines.filter(l -> l.contains(shipmentId))
                            .forEach(l -> trail.add(log.getFileName() + ": " + l));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return trail.size() <= MAX_LINES ? trail : trail.subList(trail.size() - MAX_LINES, trail.size());
    }

    /** The shipment ids at the start of each "; "-separated item of the database's not-final list. */
    static List<String> ids(Object notFinal) {
        if (notFinal == null || "none".equals(notFinal.toString())) {
            return List.of();
        }
        return Stream.of(notFinal.toString().split("; ")).map(item -> item.split(" ", 2)[0]).toList();
    }
}
