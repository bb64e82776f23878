package vn.resultpost.gateway.channel.batch;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.resultpost.gateway.store.BatchFileRepository;
import vn.resultpost.gateway.store.BatchFileRepository.BatchFile;

/**
 * Idempotent Receiver of the batch channel, keyed on the SHA-256 of a file's content in the shared database:
 * a new content is claimed by this instance with a lease (renewed as rows go); content already DONE is not
 * processed again; content IN_PROGRESS is taken over only by its own instance or once its lease has run out
 * (a crashed or restarted gateway); content refused whole before is tried again (nothing of it was applied).
 */
@Component
public class BatchFileClaims {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** BUSY: another instance holds it; DONE: processed already; CLAIMED: this instance works on it now. */
    public enum Kind { BUSY, DONE, CLAIMED }

    /** What the ledger said about a file's content. */
    public record Claim(Kind kind, BatchFile file, String hash) {
    }

    private final BatchFileRepository ledger;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final BatchChannelProperties props;
    private final String instance = UUID.randomUUID().toString();

    public BatchFileClaims(BatchFileRepository ledger, TransactionTemplate tx, Clock clock, BatchChannelProperties props) {
        this.ledger = ledger;
        this.tx = tx;
        this.clock = clock;
        this.props = props;
    }

    public Claim claim(byte[] content, String name, String archived, String format) {
        String hash = sha256(content);
        Instant now = clock.instant();
        Instant until = now.plus(props.lease());
        try {
            return tx.execute(status -> ledger.lock(hash).map(f -> existing(f, hash, name, archived, now, until))
                    .orElseGet(() -> new Claim(Kind.CLAIMED, new BatchFile(
                            ledger.insert(hash, name, archived, format, instance, now, until), name, archived,
                            BatchFileRepository.IN_PROGRESS, instance, until, null), hash)));
        } catch (DuplicateKeyException raced) {
            return new Claim(Kind.BUSY, null, hash);
        }
    }

    private Claim existing(BatchFile f, String hash, String name, String archived, Instant now, Instant until) {
        if (BatchFileRepository.DONE.equals(f.state())) {
            return new Claim(Kind.DONE, f, hash);
        }
        boolean retry = BatchFileRepository.FAILED.equals(f.state());
        boolean free = instance.equals(f.claimedBy()) || f.claimedUntil() == null || !f.claimedUntil().isAfter(now);
        if (!retry && !free) {
            return new Claim(Kind.BUSY, f, hash);
        }
        // A file taken over keeps the archive name it was given first; one refused before gets a new one.
        String archiveAs = retry ? archived : f.archivedName();
        ledger.claim(f.id(), name, archiveAs, instance, until);
        return new Claim(Kind.CLAIMED, new BatchFile(f.id(), name, archiveAs, BatchFileRepository.IN_PROGRESS,
                instance, until, null), hash);
    }

    /** Extends this instance's claim before the next row; fails when another instance took the file over. */
    public void renew(long fileId) {
        if (!ledger.renew(fileId, instance, clock.instant().plus(props.lease()))) {
            throw new IllegalStateException("Batch file " + fileId + " was taken over by another gateway instance "
                    + "(its lease ran out): this instance stops here, the other goes on");
        }
    }

    /** {@code <name>.<UTC time>.<ext>}: a file dropped again under the same name does not clash. */
    static String archivedName(String name, Instant at) {
        int dot = name.lastIndexOf('.');
        String stamp = STAMP.format(at);
        return dot <= 0 ? name + "." + stamp : name.substring(0, dot) + "." + stamp + name.substring(dot);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
