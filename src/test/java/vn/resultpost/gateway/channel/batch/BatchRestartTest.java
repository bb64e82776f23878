package vn.resultpost.gateway.channel.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.GatewayApplication;
import vn.resultpost.gateway.audit.MessageLog;
import vn.resultpost.gateway.intake.ResultIntake;
import vn.resultpost.gateway.reporting.RejectionReports;
import vn.resultpost.gateway.store.BatchFileRepository;

/**
 * A gateway stopped in the middle of a batch file and started again on the same data folder finishes the file:
 * every row ends with exactly one outcome, one shipment per accepted dossier and one rejection report per
 * refused row, and the report lists every row once. The first run dies (its process stops) right before the
 * file's fourth row, after three rows were committed.
 */
class BatchRestartTest {

    private static final String AGENCY = "000.00.12.H26";
    private static final String HEADER = "agencyCode,dossierCode,applicant.fullName,applicant.idNumber,applicant.phone,address.provinceCode,"
            + "address.wardCode,address.streetLine,documents\n";

    @Test
    void fileInterruptedMidwayIsFinishedAfterARestartWithOneOutcomePerRow() throws Exception {
        Path data = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
        String csv = HEADER
                + row("R01", "12345") // refused: bad phone
                + row("R02", "0912345678") + row("R03", "0912345679")
                + row("R04", "999") // refused, after the crash
                + row("R05", "0912345670");

        try (ConfigurableApplicationContext first = start(data, true)) {
            Path inbox = Path.of(first.getBean(BatchChannelProperties.class).inbox());
            drop(inbox, "crash.csv", csv);
            assertThat(CrashBeforeTheFourthRow.crashed.await(60, TimeUnit.SECONDS)).as("the first run died mid-file").isTrue();
            assertThat(rowsDone(first)).isEqualTo(3);
        }
        assertThat(Files.exists(data.resolve("batch/inbox/crash.csv"))).as("left in the inbox").isTrue();

        try (ConfigurableApplicationContext second = start(data, false)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            Path done = await().atMost(Duration.ofSeconds(60)).until(() -> archived(data.resolve("batch/done")),
                    p -> p != null);
            List<String> report = Files.readAllLines(done.resolveSibling(done.getFileName() + ".report.csv"));
            assertThat(report).hasSize(6);
            assertThat(report.subList(1, 6)).extracting(l -> l.split(",")[0] + "," + l.split(",")[3])
                    .containsExactly("1,REJECTED", "2,ACCEPTED", "3,ACCEPTED", "4,REJECTED", "5,ACCEPTED");
            assertThat(rowsDone(second)).isEqualTo(5);
            for (String d : List.of("R02", "R03", "R05")) {
                assertThat(jdbc.sql("select count(*) from shipment where dossier_code = ?").param(dossier(d))
                        .query(Integer.class).single()).as("one shipment for " + d).isEqualTo(1);
            }
            for (String d : List.of("R01", "R04")) {
                // A report is sent at least once (an attempt whose answer was lost in the first run's shutdown is
                // sent again), but each refused row queues one notice: every attempt carries its rejection time.
                await().atMost(Duration.ofSeconds(30)).until(() -> !rejectionNotices(jdbc, d).isEmpty());
                await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                        .until(() -> rejectionNotices(jdbc, d).size() == 1);
            }
            assertThat(jdbc.sql("select state, total_rows, accepted, rejected from batch_file").query((rs, n) ->
                    rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " " + rs.getInt(4)).single())
                    .isEqualTo("DONE 5 3 2");
        }
    }

    private static String dossier(String suffix) {
        return "000.00.12.H26-261203-" + suffix;
    }

    private static String row(String suffix, String phone) {
        return AGENCY + "," + dossier(suffix) + ",Hoàng Thị Thu,001190012345," + phone + ",01,00004,Số 1 phố Huế,Quyết định|1|true\n";
    }

    /**
     * The distinct rejection notices of a row among the reports sent to the dossier system (each attempt recorded
     * OUT by the reporter, across both runs): a notice's reports all carry its rejection time as occurredAt.
     */
    private static Set<String> rejectionNotices(JdbcClient jdbc, String suffix) {
        Pattern occurred = Pattern.compile("\"occurredAt\"\\s*:\\s*\"([^\"]+)\"");
        return jdbc.sql("select body from message_log where direction = 'OUT' and dossier_code = ? "
                        + "and body like '%REJECTED%'").param(dossier(suffix)).query(String.class).list().stream()
                .map(occurred::matcher).filter(Matcher::find).map(m -> m.group(1)).collect(Collectors.toSet());
    }

    private static int rowsDone(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("select count(*) from batch_row").query(Integer.class).single();
    }

    private static void drop(Path inbox, String name, String content) throws IOException {
        Files.createDirectories(inbox);
        Path partial = inbox.resolveSibling(name + ".part");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        Files.move(partial, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path archived(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            return all.stream().filter(p -> p.getFileName().toString().startsWith("crash.")
                            && p.getFileName().toString().endsWith(".csv") && !p.toString().endsWith(".report.csv")
                            && all.contains(p.resolveSibling(p.getFileName() + ".report.csv")))
                    .findFirst().orElse(null);
        }
    }

    private static ConfigurableApplicationContext start(Path data, boolean crashing) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(GatewayApplication.class);
        if (crashing) {
            builder.sources(CrashBeforeTheFourthRow.class);
        }
        // Command-line arguments: they win over config/application.yml (default properties would not).
        return builder.run(
                "--server.port=" + port, "--gateway.data-dir=" + data,
                "--simulator.dossier.results-per-tick=0", "--simulator.vnpost.scenario=deliver",
                "--simulator.vnpost.step-delay=100ms", "--gateway.outbox.poll-interval-ms=50",
                "--gateway.redelivery.initial-delay-ms=200", "--gateway.redelivery.max-delay-ms=1000",
                "--gateway.channels.batch.poll-delay=200", "--gateway.channels.batch.read-lock-check-interval=100",
                "--gateway.channels.batch.read-lock-min-age=100", "--gateway.channels.batch.lease=1s");
    }

    /** The first run's fault: the process dies right before the file's fourth row (after three were committed). */
    static class CrashBeforeTheFourthRow {

        static final CountDownLatch crashed = new CountDownLatch(1);

        @Bean
        @Primary
        BatchRowIntake crashingRowIntake(ResultIntake intake, RejectionReports rejections, BatchFileRepository ledger,
                                         MessageLog messageLog, TransactionTemplate tx, ObjectMapper json, Clock clock) {
            AtomicInteger taken = new AtomicInteger();
            return new BatchRowIntake(intake, rejections, ledger, messageLog, tx, json, clock) {
                @Override
                public String take(long fileId, String fileName, BatchRow row, Predicate<String> mayActFor) {
                    if (taken.get() == 3) {
                        crashed.countDown();
                        throw new IllegalStateException("simulated crash: the gateway dies before row " + row.number());
                    }
                    String outcome = super.take(fileId, fileName, row, mayActFor);
                    taken.incrementAndGet();
                    return outcome;
                }
            };
        }
    }
}
