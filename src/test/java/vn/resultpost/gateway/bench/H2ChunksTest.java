package vn.resultpost.gateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2ChunksTest {

    @TempDir
    Path dir;

    @Test
    void countsWhatEachCommitWroteByTableAndIndex() throws Exception {
        commit(dir.resolve("db"), Stream.concat(Stream.of(
                        "create table parcel (id bigint primary key, waybill varchar(64) not null)",
                        "create index ix_parcel_waybill on parcel (waybill)"),
                IntStream.range(0, 50).mapToObj(i -> "insert into parcel values (" + i + ", 'EB" + (1000 - i) + "VN')"))
                .toArray(String[]::new));

        H2Chunks.Result r = H2Chunks.analyse(dir.resolve("db.mv.db"), 40);

        assertThat(r.chunks()).isPositive();
        assertThat(r.maps()).containsKeys("table parcel", "index ix_parcel_waybill (parcel)",
                "H2 layout (chunk metadata, map roots)");
        assertThat(r.maps().get("table parcel").pages()).isPositive();
        assertThat(r.maps().get("index ix_parcel_waybill (parcel)").bytes()).isPositive();
        assertThat(r.bytes()).isEqualTo(r.maps().values().stream().mapToLong(H2Chunks.MapShare::bytes).sum());
    }

    @Test
    void recordsPerCommitFiguresForTheBenchmarkOnlyWhenTheGatewayRanOnH2() throws Exception {
        commit(dir.resolve("data/db/gateway"), "create table shipment (id varchar(36) primary key, status varchar(32))",
                "insert into shipment values ('s-1', 'ACCEPTED')", "insert into shipment values ('s-2', 'ACCEPTED')");
        Map<String, Object> resources = new HashMap<>();

        H2Chunks.record(dir.resolve("data"), resources);
        H2Chunks.record(dir.resolve("no-such-data"), resources);

        @SuppressWarnings("unchecked")
        Map<String, Object> h2 = (Map<String, Object>) resources.get("h2Commits");
        assertThat(h2).containsKeys("commitsCounted", "bytesPerCommit", "pagesPerCommit", "layoutSharePercent")
                .containsEntry("wholeFileRead", true);
        assertThat((Long) h2.get("bytesPerCommit")).isPositive();
        assertThat((Double) h2.get("layoutSharePercent")).isBetween(0.1, 100.0);
        @SuppressWarnings("unchecked")
        Map<String, Long> largest = (Map<String, Long>) h2.get("largestBytesPerCommit");
        assertThat(largest).containsKey("table shipment").hasSizeLessThanOrEqualTo(5);
        assertThat(BenchReport.rows(new HashMap<>(Map.of("resources", resources)))).anySatisfy(row ->
                assertThat(row.what()).startsWith("  H2 bytes (pages) per commit"));
    }

    @Test
    void leavesOutChunksLongerThanTheLimit() throws Exception {
        commit(dir.resolve("db"), "create table t (id bigint primary key, v varchar(20000))",
                "insert into t values (1, repeat('x', 20000))");

        assertThat(H2Chunks.analyse(dir.resolve("db.mv.db"), 40).maps()).containsKey("table t");
        assertThat(H2Chunks.analyse(dir.resolve("db.mv.db"), 2).maps()).doesNotContainKey("table t");
    }

    @Test
    void givesTheChunksBeforeABlockThatLooksLikeAChunkHeaderButIsNot() throws Exception {
        commit(dir.resolve("data/db/gateway"), "create table t (id bigint primary key)", "insert into t values (1)");
        Path file = dir.resolve("data/db/gateway.mv.db");
        H2Chunks.Result whole = H2Chunks.analyse(file, 40);
        // a block starting like a chunk header whose occupancy is not hexadecimal, where H2's dump looks for chunks
        byte[] block = new byte[4096];
        byte[] header = ("chunk:7f,block:2,len:1,map:0,max:0,next:0,pages:2,livePages:1,root:0,time:0,version:7f,"
                + "occupancy:zz\n").getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, block, 0, header.length);
        Files.write(file, new byte[(int) (-Files.size(file) & 4095)], StandardOpenOption.APPEND);
        Files.write(file, block, StandardOpenOption.APPEND);

        H2Chunks.Result r = H2Chunks.analyse(file, 40);
        Map<String, Object> resources = new HashMap<>();
        H2Chunks.record(dir.resolve("data"), resources);

        assertThat(whole.complete()).isTrue();
        assertThat(r.complete()).isFalse();
        assertThat(r.chunks()).isEqualTo(whole.chunks()).isPositive();
        assertThat(r.maps()).containsKey("table t");
        assertThat(BenchReport.rows(new HashMap<>(Map.of("resources", resources)))).anySatisfy(row ->
                assertThat(row.what() + row.measured()).startsWith("  H2 bytes (pages) per commit")
                        .endsWith(", part of the file"));
    }

    /** Runs each statement in a commit of its own, on an H2 file database opened as the gateway opens its own. */
    private static void commit(Path database, String... statements) throws Exception {
        String url = "jdbc:h2:file:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
