package vn.resultpost.gateway.channel.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.simulator.DossierSystemSimulator;
import vn.resultpost.gateway.simulator.VnpostSimulator;

/**
 * The batch-file channel end to end against the simulators: files dropped in the inbox become shipments (and
 * deliveries), refused rows are reported back as REJECTED, every row's outcome is in the report next to the
 * file in done/; a file dropped again is not processed again; files refused whole go to error/ with the reason.
 */
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver",
        "gateway.agencies[000.00.15.H26].inbound-channels=REST",
        "gateway.channels.batch.poll-delay=200", "gateway.channels.batch.read-lock-check-interval=100",
        "gateway.channels.batch.read-lock-min-age=100"})
class BatchChannelFlowTest extends GatewayTestSupport {

    private static final String AGENCY = "000.00.12.H26";

    @Autowired
    BatchChannelProperties batch;

    @Autowired
    DossierSystemSimulator dossierSystem;

    @Autowired
    VnpostSimulator vnpost;

    @Autowired
    JdbcClient jdbc;

    @Test
    void csvWithGoodAndBadRowsShipsTheGoodReportsTheBadAndIsNotProcessedTwice() throws Exception {
        String csv = Fixtures.read("batch/results.csv");
        drop("agency-12-2026-12-03.csv", csv.getBytes(StandardCharsets.UTF_8));

        Path done = awaitArchived(batch.done(), "agency-12-2026-12-03.");
        List<CSVRecord> report = report(done);
        assertThat(report).extracting(r -> r.get("row")).containsExactly("1", "2", "3");
        assertThat(report).extracting(r -> r.get("outcome")).containsExactly("ACCEPTED", "ACCEPTED", "REJECTED");
        assertThat(report.get(0).get("shipmentId")).isEqualTo(shipmentId("000.00.12.H26-261203-B001"));
        assertThat(report.get(2).get("dossierCode")).isEqualTo("000.00.12.H26-261203-B003");
        assertThat(report.get(2).get("problem")).isEqualTo("invalid-result");
        assertThat(report.get(2).get("reason")).startsWith("applicant.phone: ");
        assertThat(Files.exists(Path.of(batch.inbox(), "agency-12-2026-12-03.csv"))).isFalse();

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
                assertThat(dossierSystem.callbacks(AGENCY, "000.00.12.H26-261203-B001")).extracting(StatusReport::status)
                        .containsExactlyElementsOf(DELIVERED_LIFECYCLE));
        StatusReport rejected = awaitRejection("000.00.12.H26-261203-B003");
        assertThat(rejected.description()).startsWith("Refused at intake (BATCH): applicant.phone: ");
        assertThat(view(AGENCY, "000.00.12.H26-261203-B002").path("status").asText()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from message_log where direction = 'IN' and party = ? and dossier_code "
                + "like '000.00.12.H26-261203-B00%'").param("dossier-system:" + AGENCY).query(Integer.class).single())
                .as("each row recorded in the audit log").isEqualTo(3);

        // The same content again, under another name: not processed again, moved to error/ saying so.
        drop("agency-12-again.csv", csv.getBytes(StandardCharsets.UTF_8));
        Path duplicate = awaitArchived(batch.error(), "agency-12-again.");
        assertThat(report(duplicate).get(0).get("outcome")).isEqualTo("FILE_DUPLICATE");
        assertThat(report(duplicate).get(0).get("reason")).contains("agency-12-2026-12-03.csv");
        assertThat(jdbc.sql("select count(*) from batch_row").query(Integer.class).single()).isEqualTo(3 + rowsOfOtherTests());
        assertThat(vnpost.createCallsFor(shipmentId("000.00.12.H26-261203-B001"))).isEqualTo(1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                rejections("000.00.12.H26-261203-B003").size() == 1);
    }

    @Test
    void xmlFileIsShippedRowByRowAndARowOfAnAgencyNotOnBatchIsRefusedAndToldSo() throws Exception {
        String xml = Fixtures.read("batch/results.xml")
                .replace("<agencyCode>000.00.12.H26</agencyCode>\n    <dossierCode>000.00.12.H26-261203-X002",
                        "<agencyCode>000.00.15.H26</agencyCode>\n    <dossierCode>000.00.15.H26-261203-X002");
        drop("ket-qua.xml", xml.getBytes(StandardCharsets.UTF_8));

        List<CSVRecord> report = report(awaitArchived(batch.done(), "ket-qua."));
        assertThat(report).extracting(r -> r.get("outcome")).containsExactly("ACCEPTED", "REJECTED");
        assertThat(report.get(1).get("problem")).isEqualTo("forbidden");
        assertThat(report.get(1).get("reason")).contains("does not hand results over BATCH");
        assertThat(shipmentId("000.00.12.H26-261203-X001")).isNotNull();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                !dossierSystem.callbacks("000.00.15.H26", "000.00.15.H26-261203-X002").isEmpty());
        assertThat(dossierSystem.callbacks("000.00.15.H26", "000.00.15.H26-261203-X002").get(0).description())
                .startsWith("Refused at intake (BATCH): ").contains("does not hand results over BATCH");
    }

    @Test
    void filesRefusedWholeGoToErrorWithTheReasonAndNothingOfThemIsStoredOrEchoed() throws Exception {
        byte[] latin1 = Fixtures.read("batch/results.csv").replace("B001", "L001").getBytes(StandardCharsets.ISO_8859_1);
        drop("latin1.csv", latin1);
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<resultBatch xmlns=\"urn:resultpost:gateway:batch:v1\"><result><agencyCode>000.00.12.H26</agencyCode>"
                + "<dossierCode>000.00.12.H26-261203-E001</dossierCode><applicant><fullName>&x;</fullName></applicant>"
                + "</result></resultBatch>";
        drop("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
        drop("missing-columns.csv", "agencyCode,dossierCode\n000.00.12.H26,000.00.12.H26-261203-E002\n"
                .getBytes(StandardCharsets.UTF_8));

        CSVRecord notUtf8 = report(awaitArchived(batch.error(), "latin1.")).get(0);
        assertThat(notUtf8.get("outcome")).isEqualTo("FILE_REFUSED");
        assertThat(notUtf8.get("reason")).contains("not UTF-8");
        CSVRecord entity = report(awaitArchived(batch.error(), "xxe.")).get(0);
        assertThat(entity.get("reason")).contains("DOCTYPE");
        Path xxeReport = reportOf(awaitArchived(batch.error(), "xxe."));
        assertThat(Files.readString(xxeReport)).doesNotContain("root:").doesNotContain("/bin/");
        assertThat(report(awaitArchived(batch.error(), "missing-columns.")).get(0).get("reason"))
                .contains("required column(s) missing").contains("applicant.fullName");

        assertThat(jdbc.sql("select count(*) from shipment where dossier_code in (?, ?, ?)")
                .params("000.00.12.H26-261203-L001", "000.00.12.H26-261203-E001", "000.00.12.H26-261203-E002")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from batch_file where state = 'FAILED'").query(Integer.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from message_log where body like '%root:%'").query(Integer.class).single())
                .as("nothing of the entity's target recorded").isZero();
    }

    @Test
    void aFileFinishedButNotMovedBeforeACrashIsMovedToDoneWithItsReportNotTakenForACopy() throws Exception {
        String csv = Fixtures.read("batch/results.csv").replace("261203-B00", "261203-M00");
        drop("moved-late.csv", csv.getBytes(StandardCharsets.UTF_8));
        Path done = awaitArchived(batch.done(), "moved-late.");
        String firstReport = Files.readString(reportOf(done));

        // As if the gateway had died after finishing the file and before Camel moved it: the file is back in the
        // inbox, under its own name, and nothing is in done/.
        Files.delete(reportOf(done));
        Files.move(done, Path.of(batch.inbox()).resolveSibling("moved-late.csv.part"));
        Files.move(Path.of(batch.inbox()).resolveSibling("moved-late.csv.part"), Path.of(batch.inbox(), "moved-late.csv"),
                StandardCopyOption.ATOMIC_MOVE);

        Path again = awaitArchived(batch.done(), "moved-late.");
        assertThat(again.getFileName()).as("the name it was given first").isEqualTo(done.getFileName());
        assertThat(Files.readString(reportOf(again))).isEqualTo(firstReport);
        assertThat(archived(batch.error(), "moved-late.")).as("not taken for a copy").isNull();
        assertThat(jdbc.sql("select count(*) from shipment where dossier_code like '000.00.12.H26-261203-M00%'")
                .query(Integer.class).single()).isEqualTo(2);
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** Writes the file beside the inbox, then moves it in at once (as a careful sender does). */
    private void drop(String name, byte[] content) throws IOException {
        Path inbox = Path.of(batch.inbox());
        Files.createDirectories(inbox);
        Path partial = inbox.resolveSibling(name + ".part");
        Files.write(partial, content);
        Files.move(partial, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path awaitArchived(String folder, String prefix) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> archived(folder, prefix), p -> p != null
                && Files.exists(reportOf(p)));
    }

    private static Path archived(String folder, String prefix) throws IOException {
        Path dir = Path.of(folder);
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && !p.getFileName().toString().contains(".report.csv")).findFirst().orElse(null);
        }
    }

    private static Path reportOf(Path archived) {
        return archived.resolveSibling(archived.getFileName() + ".report.csv");
    }

    private static List<CSVRecord> report(Path archived) {
        try {
            String text = Files.readString(reportOf(archived), StandardCharsets.UTF_8);
            assertThat(text).as("UTF-8 with a BOM").startsWith("\uFEFF");
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(text.substring(1))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String shipmentId(String dossier) {
        return jdbc.sql("select id from shipment where dossier_code = ?").param(dossier).query(String.class)
                .optional().orElse(null);
    }

    private int rowsOfOtherTests() {
        return jdbc.sql("select count(*) from batch_row r join batch_file f on f.id = r.file_id where f.file_name "
                + "<> 'agency-12-2026-12-03.csv'").query(Integer.class).single();
    }

    private StatusReport awaitRejection(String dossier) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !rejections(dossier).isEmpty());
        return rejections(dossier).get(0);
    }

    private List<StatusReport> rejections(String dossier) {
        return dossierSystem.callbacks(AGENCY, dossier).stream()
                .filter(r -> r.status() == ShipmentStatus.REJECTED).toList();
    }
}
