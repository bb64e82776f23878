package vn.resultpost.gateway.channel.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.deadline.DeadlineCalculator;
import vn.resultpost.gateway.store.DeadlineRepository;
import vn.resultpost.gateway.store.DeadlineRepository.StoredDeadline;

/** Admin REST adapter: the open shipments due today or already overdue. */
@Component("deadlineApi")
public class DeadlineApi {

    private final DeadlineRepository deadlines;
    private final Clock clock;

    public DeadlineApi(DeadlineRepository deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public ApiReply list() {
        LocalDate today = LocalDate.now(clock.withZone(DeadlineCalculator.VIETNAM));
        List<StoredDeadline> open = deadlines.openDueBy(today, 1000);
        return ApiReply.json(200, Map.of("today", today.toString(),
                "overdue", open.stream().filter(d -> d.dueDate().isBefore(today)).toList(),
                "dueToday", open.stream().filter(d -> d.dueDate().equals(today)).toList()));
    }
}
