package vn.resultpost.gateway.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.springframework.util.FileSystemUtils;

/**
 * What an H2 commit writes, table by table: reads the chunks of an embedded H2 file (each commit of the gateway writes
 * one, as {@code WRITE_DELAY=0}) and prints the bytes and pages per chunk of each table, index and H2 map.
 * Chunks longer than {@code maxBlocks} 4 KiB blocks are left out: those are the compaction's rewrites, not commits.
 * It sees the chunks still in the file (H2 reuses a dead chunk's space), so a long run's file gives a sample; and
 * H2's dump ends at a block whose first bytes only look like a chunk header ({@code MVStoreTool.dump} skips such a
 * block unless a hexadecimal field fails to parse), so then it gives the chunks before that block ({@code complete}
 * false).
 * The benchmark records it for every run on H2; by hand:
 * {@code java -cp target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)
 * vn.resultpost.gateway.bench.H2Chunks target/benchmark/run-<stamp>/gateway-data/db/gateway.mv.db [maxBlocks]}
 */
public final class H2Chunks {

    static final String LAYOUT = "H2 layout (chunk metadata, map roots)";

    private static final Pattern CHUNK =
            Pattern.compile("chunkHeader chunk:\\p{XDigit}+,block:\\p{XDigit}+,len:(\\p{XDigit}+)");
    private static final Pattern PAGE =
            Pattern.compile("^\\+\\p{XDigit}+ (?:leaf|node), map (\\p{XDigit}+), \\d+ entries, (\\d+) bytes");

    /** Bytes and pages of one map over the counted chunks. */
    record MapShare(String name, long bytes, long pages) {
    }

    /** The counted chunks and, per map (largest first), what they wrote; whether the dump read the whole file. */
    record Result(int chunks, Map<String, MapShare> maps, boolean complete) {

        long bytes() {
            return maps.values().stream().mapToLong(MapShare::bytes).sum();
        }
    }

    private H2Chunks() {
    }

    public static void main(String[] args) throws Exception {
        Result r = analyse(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 40);
        System.out.printf("%d chunks (commits); %.0f bytes and %.1f pages each%n", r.chunks(),
                (double) r.bytes() / r.chunks(), r.maps().values().stream().mapToLong(MapShare::pages).sum()
                        / (double) r.chunks());
        if (!r.complete()) {
            System.out.println("(H2's dump stopped at a block it could not parse: the chunks before it)");
        }
        for (MapShare m : r.maps().values()) {
            System.out.printf("%6.1f %%  %8.0f bytes  %5.2f pages  %s%n", 100.0 * m.bytes() / r.bytes(),
                    (double) m.bytes() / r.chunks(), (double) m.pages() / r.chunks(), m.name());
        }
    }

    /**
     * Puts into {@code into} what the commits of the gateway's H2 file under {@code dataDir} wrote ({@code
     * h2Commits}: chunks counted, bytes and pages per commit, the layout map's share, the five largest maps); nothing
     * when there is no such file (PostgreSQL). The benchmark calls it once the gateway has stopped.
     */
    static void record(Path dataDir, Map<String, Object> into) throws IOException, SQLException {
        Path file = dataDir.resolve("db/gateway.mv.db");
        if (!Files.isRegularFile(file)) {
            return;
        }
        Result r = analyse(file, 40);
        if (r.chunks() == 0) {
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("commitsCounted", r.chunks());
        out.put("wholeFileRead", r.complete());
        out.put("bytesPerCommit", Math.round((double) r.bytes() / r.chunks()));
        out.put("pagesPerCommit", Math.round(r.maps().values().stream().mapToLong(MapShare::pages).sum() * 10.0
                / r.chunks()) / 10.0);
        MapShare layout = r.maps().get(LAYOUT);
        out.put("layoutSharePercent", layout == null ? 0.0 : Math.round(layout.bytes() * 1000.0 / r.bytes()) / 10.0);
        Map<String, Long> largest = new LinkedHashMap<>();
        r.maps().values().stream().limit(5)
                .forEach(m -> largest.put(m.name(), Math.round((double) m.bytes() / r.chunks())));
        out.put("largestBytesPerCommit", largest);
        into.put("h2Commits", out);
    }

    /** Reads a copy of {@code file} (the original is not opened) and counts its chunks of at most {@code maxBlocks}. */
    static Result analyse(Path file, int maxBlocks) throws IOException, SQLException {
        Path dir = Files.createTempDirectory("h2chunks");
        try {
            Path copy = Files.copy(file, dir.resolve("copy.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            Map<Integer, String> names = mapNames(copy);
            Path dump = dir.resolve("dump.txt");
            boolean complete = true;
            try (Writer out = Files.newBufferedWriter(dump)) {
                MVStoreTool.dump(copy.toString(), out, true);
            } catch (RuntimeException unparsable) {
                complete = false; // what the dump wrote before that block is in the file
            }
            Map<Integer, long[]> perMap = new HashMap<>();
            int counted = 0;
            boolean inCounted = false;
            try (Stream<String> lines = Files.lines(dump)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    Matcher c = CHUNK.matcher(line);
                    Matcher p = PAGE.matcher(line);
                    if (c.find()) {
                        inCounted = Integer.parseInt(c.group(1), 16) <= maxBlocks;
                        counted += inCounted ? 1 : 0;
                    } else if (inCounted && p.find()) {
                        long[] v = perMap.computeIfAbsent(Integer.parseInt(p.group(1), 16), k -> new long[2]);
                        v[0] += Long.parseLong(p.group(2));
                        v[1]++;
                    }
                }
            }
            Map<String, MapShare> maps = new LinkedHashMap<>();
            perMap.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).forEach(e -> {
                String name = names.getOrDefault(e.getKey(), "map " + e.getKey());
                maps.put(name, new MapShare(name, e.getValue()[0], e.getValue()[1]));
            });
            return new Result(counted, maps, complete);
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    /** MVStore map id to a readable name: the table or index H2 keeps in it, or H2's own map. */
    private static Map<Integer, String> mapNames(Path copy) throws SQLException {
        Map<Integer, String> byId = new HashMap<>();
        byId.put(0, LAYOUT);
        MVStore store = new MVStore.Builder().fileName(copy.toString()).readOnly().open();
        try {
            for (String name : store.getMapNames()) {
                String id = store.getMetaMap().get("name." + name);
                if (id != null) {
                    byId.put(Integer.parseInt(id, 16), name);
                }
            }
        } finally {
            store.close();
        }
        // opened read-only (the file is dumped after) with the gateway's own settings: identifiers are lower-case
        String url = "jdbc:h2:file:" + copy.toString().replaceAll("\\.mv\\.db$", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet objects = c.createStatement().executeQuery("""
                     select 'TABLE', table_schema, table_name, table_name from information_schema.tables
                      where table_schema not in ('INFORMATION_SCHEMA', 'information_schema')
                     union all
                     select 'INDEX', index_schema, index_name, table_name from information_schema.indexes
                      where index_schema not in ('INFORMATION_SCHEMA', 'information_schema')""");
             PreparedStatement idOf = c.prepareStatement("select db_object_id(?, ?, ?)")) {
            Map<String, String> h2Names = new HashMap<>();
            while (objects.next()) {
                idOf.setString(1, objects.getString(1));
                idOf.setString(2, objects.getString(2));
                idOf.setString(3, objects.getString(3));
                try (ResultSet id = idOf.executeQuery()) {
                    id.next();
                    boolean table = objects.getString(1).equals("TABLE");
                    String name = objects.getString(3).toLowerCase();
                    h2Names.put((table ? "table." : "index.") + id.getInt(1), table ? "table " + name
                            : "index " + name + " (" + objects.getString(4).toLowerCase() + ")");
                }
            }
            byId.replaceAll((id, name) -> h2Names.getOrDefault(name, name));
        }
        return byId;
    }
}
