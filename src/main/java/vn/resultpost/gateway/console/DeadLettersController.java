package vn.resultpost.gateway.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.resultpost.gateway.deadletter.DeadLetter;
import vn.resultpost.gateway.deadletter.DeadLetterQueues;

/**
 * Dead letters per stage with their reasons; replay one, the selected or all of a stage (OPERATOR), always
 * through a confirmation page that lists what will go back. Each stage shows its oldest {@value #SHOWN} and its count.
 */
@Controller
public class DeadLettersController {

    /** Parked messages shown per stage (the rest are counted; "replay all" moves every one of them). */
    static final int SHOWN = 200;

    private final DeadLetterQueues deadLetters;

    public DeadLettersController(DeadLetterQueues deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/console/dead-letters")
    String list(Model model) {
        Map<String, DeadLetterQueues.Parked> perStage = new LinkedHashMap<>();
        deadLetters.queues().forEach(q -> perStage.put(q, deadLetters.list(q, SHOWN)));
        model.addAttribute("perStage", perStage);
        return "console/dead-letters";
    }

    /** First the confirmation page; with {@code confirmed} the replay itself. */
    @PostMapping("/console/dead-letters/replay")
    String replay(@RequestParam String queue, @RequestParam(required = false) List<String> ids,
                  @RequestParam(required = false) String one,
                  @RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "false") boolean confirmed,
                  Model model, RedirectAttributes redirect) {
        List<String> chosen = one != null ? List.of(one) : ids == null ? List.of() : ids;
        if (!all && chosen.isEmpty()) {
            redirect.addFlashAttribute("error", "console.deadLetters.noneSelected");
            return "redirect:/console/dead-letters";
        }
        if (!confirmed) {
            DeadLetterQueues.Parked parked = deadLetters.list(queue, SHOWN);
            List<DeadLetter> letters = all ? parked.shown()
                    : parked.shown().stream().filter(l -> chosen.contains(l.id())).toList();
            model.addAttribute("queue", queue);
            model.addAttribute("all", all);
            model.addAttribute("letters", letters);
            model.addAttribute("count", all ? parked.total() : letters.size());
            return "console/dead-letters-confirm";
        }
        int replayed = deadLetters.replay(queue, all ? List.of() : chosen);
        redirect.addFlashAttribute("replayed", replayed);
        redirect.addFlashAttribute("replayedQueue", queue);
        return "redirect:/console/dead-letters";
    }
}
