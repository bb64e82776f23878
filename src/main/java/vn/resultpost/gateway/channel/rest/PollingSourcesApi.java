package vn.resultpost.gateway.channel.rest;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.store.PollingSourceRepository;

/** Admin REST adapter: the polling channel's sources, each with its cursor, schedule, last outcome and counts. */
@Component("pollingSourcesApi")
public class PollingSourcesApi {

    private final PollingSourceRepository sources;

    public PollingSourcesApi(PollingSourceRepository sources) {
        this.sources = sources;
    }

    public ApiReply list() {
        return ApiReply.json(200, Map.of("sources", sources.list()));
    }
}
