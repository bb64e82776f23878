package vn.resultpost.gateway.chaos;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.core.persistence.impl.journal.DescribeJournal;

/**
 * Every record of an embedded broker's message journal (adds, acknowledgements, deletes; message properties, not
 * bodies) written to a file, for a run that left shipments unfinished: where did their messages go?
 */
final class BrokerJournal {

    private BrokerJournal() {
    }

    /** Writes the description of {@code <dataDir>/artemis/journal} to {@code out}; returns a line saying where. */
    static String describe(Path dataDir, Path out) {
        Path journal = dataDir.resolve("artemis/journal");
        if (!Files.isDirectory(journal)) {
            return "no embedded journal at " + journal;
        }
        try (OutputStream file = Files.newOutputStream(out); PrintStream print = new PrintStream(file, true)) {
            DescribeJournal.describeMessagesJournal(journal.toFile(), print, false, true, false, false);
            return "written to " + out;
        } catch (Exception | LinkageError e) {
            return "unreadable: " + e;
        }
    }
}
