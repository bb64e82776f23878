package vn.resultpost.gateway.channel.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;

/**
 * The batch channel's SFTP option against a real SFTP server (Apache MINA SSHD, embedded, password login, its
 * host key in the gateway's known-hosts file): a file the dossier system uploads is fetched, processed like a
 * dropped file (report in done/), and moved to .done/ on the server.
 */
@DirtiesContext // its SFTP route would go on polling a server that is gone
@TestPropertySource(properties = {"simulator.vnpost.scenario=deliver",
        "gateway.channels.batch.poll-delay=200", "gateway.channels.batch.read-lock-check-interval=100",
        "gateway.channels.batch.read-lock-min-age=100",
        "gateway.channels.batch.sftp.enabled=true", "gateway.channels.batch.sftp.host=127.0.0.1",
        "gateway.channels.batch.sftp.directory=outbox", "gateway.channels.batch.sftp.username=dossier-ba-dinh",
        "gateway.channels.batch.sftp.password=demo-only-sftp", "gateway.channels.batch.sftp.poll-delay=200"})
class BatchSftpTest extends GatewayTestSupport {

    private static SshServer sftp;
    private static Path root;

    @Autowired
    BatchChannelProperties batch;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void sftpServer(DynamicPropertyRegistry registry) throws IOException {
        root = Path.of("target", "test-sftp", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(root.resolve("outbox"));
        sftp = SshServer.setUpDefaultServer();
        sftp.setHost("127.0.0.1");
        sftp.setPort(0);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(root.resolveSibling(root.getFileName() + ".hostkey"));
        sftp.setKeyPairProvider(keys);
        sftp.setPasswordAuthenticator((user, password, session) ->
                "dossier-ba-dinh".equals(user) && "demo-only-sftp".equals(password));
        sftp.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sftp.setFileSystemFactory(new VirtualFileSystemFactory(root));
        sftp.start();
        int port = sftp.getPort();
        KeyPair hostKey = keys.loadKeys(null).iterator().next();
        Path knownHosts = root.resolveSibling(root.getFileName() + ".known_hosts");
        Files.writeString(knownHosts, "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
        registry.add("gateway.channels.batch.sftp.port", () -> port);
        registry.add("gateway.channels.batch.sftp.known-hosts-file", knownHosts::toString);
    }

    @AfterAll
    static void stop() throws IOException {
        sftp.stop(true);
    }

    @Test
    void aFileUploadedToTheDossierSystemsServerIsFetchedProcessedAndMovedAsideThere() throws Exception {
        String csv = Fixtures.read("batch/results.csv").replace("261203-B00", "261203-S00");
        Path part = root.resolve("outbox/ket-qua-sftp.csv.uploading");
        Files.writeString(part, csv, StandardCharsets.UTF_8);
        Files.move(part, root.resolve("outbox/ket-qua-sftp.csv"), StandardCopyOption.ATOMIC_MOVE);

        Path report = await().atMost(Duration.ofSeconds(40)).until(() -> report(Path.of(batch.done())), p -> p != null);
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains("000.00.12.H26-261203-S001,ACCEPTED,");
        assertThat(lines.get(3)).contains("000.00.12.H26-261203-S003,REJECTED,");
        assertThat(jdbc.sql("select count(*) from shipment where dossier_code like '000.00.12.H26-261203-S00%'")
                .query(Integer.class).single()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(root.resolve("outbox/.done/ket-qua-sftp.csv")));
        assertThat(root.resolve("outbox/ket-qua-sftp.csv")).doesNotExist();
    }

    private static Path report(Path done) throws IOException {
        if (!Files.isDirectory(done)) {
            return null;
        }
        try (Stream<Path> files = Files.list(done)) {
            return files.filter(p -> p.getFileName().toString().contains("ket-qua-sftp")
                    && p.getFileName().toString().endsWith(".report.csv")).findFirst().orElse(null);
        }
    }
}
