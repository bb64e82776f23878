package vn.resultpost.gateway.channel.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.intake.InvalidResultException;
import vn.resultpost.gateway.intake.SubmissionReader;

/**
 * Mutated batch files (truncated, characters dropped or inserted: quotes, separators, escapes, markup, control
 * characters, invalid UTF-8): each is either refused whole with a {@link BatchFileException} or read into rows
 * that intake's reader either reads or refuses naming a field. Nothing else is thrown.
 */
class BatchReadersFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String[] INSERTS = {"\"", ",", ";", "|", "\\", "\n", "\r", "<", ">", "&", "\u0000", "é",
            "</result>", "<result>", "<documents>", "&amp;", "&lol;", "]]>", "<!--", "\uFEFF", "\"\"", "\t"};
    private static final int ROUNDS = 1500;

    @ParameterizedTest
    @ValueSource(strings = {"batch/results.csv", "batch/results.xml"})
    void mutatedFilesAreReadOrRefusedAndNeverFailOtherwise(String fixture) {
        String valid = Fixtures.read(fixture);
        boolean xml = fixture.endsWith(".xml");
        Random random = new Random(20261203L);
        SubmissionReader intakeReader = new SubmissionReader(JSON);
        int refused = 0;
        int rows = 0;
        for (int i = 0; i < ROUNDS; i++) {
            byte[] bytes = mutate(valid, random);
            try {
                List<BatchRow> read = xml ? new XmlBatchReader(JSON, 50).read(bytes) : new CsvBatchReader(JSON, 50).read(bytes);
                for (BatchRow row : read) {
                    rows++;
                    assertThat(row.json() != null || row.problem() != null).isTrue();
                    if (row.json() != null) {
                        try {
                            intakeReader.read(row.json());
                        } catch (InvalidResultException refusedRow) {
                            assertThat(refusedRow.violations()).isNotEmpty();
                        }
                    }
                }
            } catch (BatchFileException whole) {
                refused++;
                assertThat(whole.getMessage()).isNotBlank();
            } catch (RuntimeException other) {
                fail("round " + i + " threw " + other + " for: " + new String(bytes, StandardCharsets.UTF_8), other);
            }
        }
        assertThat(refused).as("some files refused whole").isPositive();
        assertThat(rows).as("some rows read").isPositive();
    }

    private static byte[] mutate(String valid, Random random) {
        String s = valid;
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> s = s.substring(0, at);
                case 1 -> s = at < s.length() ? s.substring(0, at) + s.substring(at + 1) : s;
                case 2, 3 -> s = s.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + s.substring(at);
                default -> {
                    byte[] raw = s.getBytes(StandardCharsets.UTF_8);
                    if (raw.length > 0) {
                        raw[random.nextInt(raw.length)] = (byte) random.nextInt(256);
                    }
                    return raw;
                }
            }
            if (s.isEmpty()) {
                break;
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
