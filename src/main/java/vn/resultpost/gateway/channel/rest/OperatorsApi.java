package vn.resultpost.gateway.channel.rest;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.operator.OperatorRegistry;
import vn.resultpost.gateway.operator.OperatorRouting;
import vn.resultpost.gateway.store.TrackingPollRepository;

/** Admin REST adapter: how calls to each operator are going, the routing rules in force, polls due. */
@Component("operatorsApi")
public class OperatorsApi {

    private final OperatorRegistry operators;
    private final OperatorRouting routing;
    private final TrackingPollRepository polls;
    private final Clock clock;

    public OperatorsApi(OperatorRegistry operators, OperatorRouting routing, TrackingPollRepository polls,
                        Clock clock) {
        this.operators = operators;
        this.routing = routing;
        this.polls = polls;
        this.clock = clock;
    }

    /** GET /api/v1/admin/operators. */
    public ApiReply list() {
        return ApiReply.json(200, Map.of("operators", operators.health(),
                "routing", Map.of("version", routing.version(), "rules", routing.rules()),
                "pollsDue", polls.due(clock.instant())));
    }
}
