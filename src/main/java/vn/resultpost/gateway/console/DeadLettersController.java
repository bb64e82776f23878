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
 * through a confirmation page that lists what will go back.
 */
@Controller
public class DeadLettersController {

    private final DeadLetterQueues deadLetters;

    public DeadLettersController(DeadLetterQueues deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/console/dead-letters")
    String list(Model model) {
        Map<String, List<DeadLetter>> perStage = new LinkedHashMap<>();
        deadLetters.queues().forEach(q -> perStage.put(q, deadLetters.list(q)));
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
            List<DeadLetter> parked = deadLetters.list(queue);
            model.addAttribute("queue", queue);
            model.addAttribute("all", all);
            model.addAttribute("letters", all ? parked : parked.stream().filter(l -> chosen.contains(l.id())).toList());
            return "console/dead-letters-confirm";
        }
        int replayed = deadLetters.replay(queue, all ? List.of() : chosen);
        redirect.addFlashAttribute("replayed", replayed);
        redirect.addFlashAttribute("replayedQueue", queue);
        return "redirect:/console/dead-letters";
    }
}
