package vn.resultpost.gateway.channel.batch;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the batch-file channel ({@code gateway.channels.batch.*}; the polling of the inbox by the route
 * {@code batch-files} has its own keys there). Defaults in config/application.yml; docs/batch-channel.md.
 *
 * @param inbox        the drop folder watched for {@code *.csv} and {@code *.xml}
 * @param done         where a processed file goes, with its report next to it
 * @param error        where a file refused whole (or dropped again) goes, with its report
 * @param maxFileBytes the largest file taken (larger: refused whole, not read)
 * @param maxRows      the most rows (results) one file may hold
 * @param agencies     the agencies files in the inbox may submit for; empty: any whose inbound channels allow BATCH
 * @param lease        how long a file being processed stays claimed by one instance without progress
 */
@ConfigurationProperties(prefix = "gateway.channels.batch")
public record BatchChannelProperties(String inbox, String done, String error, long maxFileBytes, int maxRows,
                                     List<String> agencies, Duration lease) {

    public BatchChannelProperties {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        maxFileBytes = maxFileBytes <= 0 ? 10L * 1024 * 1024 : maxFileBytes;
        maxRows = maxRows <= 0 ? 5000 : maxRows;
    }
}
