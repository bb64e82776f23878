package vn.resultpost.gateway.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.resultpost.gateway.intake.SplitWardResolution;
import vn.resultpost.gateway.review.ReviewItem;
import vn.resultpost.gateway.review.ReviewKind;
import vn.resultpost.gateway.review.ReviewQueue;

/** The review queue: what the gateway would not guess, resolved by a person with a recorded reason (OPERATOR). */
@Controller
public class ReviewsController {

    private final ReviewQueue reviews;
    private final SplitWardResolution splitWards;

    public ReviewsController(ReviewQueue reviews, SplitWardResolution splitWards) {
        this.reviews = reviews;
        this.splitWards = splitWards;
    }

    @GetMapping("/console/reviews")
    String list(@RequestParam(defaultValue = "open") String state, Model model) {
        model.addAttribute("state", state);
        model.addAttribute("items", reviews.list(!"all".equals(state), 500));
        return "console/reviews";
    }

    @PostMapping("/console/reviews/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(defaultValue = "") String resolution,
                   @RequestParam(required = false) String wardCode, @ModelAttribute("user") ConsoleUser user,
                   RedirectAttributes redirect) {
        if (resolution.isBlank()) {
            redirect.addFlashAttribute("error", "console.reviews.reasonRequired");
            return "redirect:/console/reviews";
        }
        ReviewItem item = reviews.get(id);
        if (item.kind() == ReviewKind.SPLIT_WARD && item.open()) {
            if (wardCode == null || wardCode.isBlank()) {
                redirect.addFlashAttribute("error", "console.reviews.wardRequired");
                return "redirect:/console/reviews";
            }
            splitWards.resolve(item, user.name(), resolution.strip(), wardCode.strip());
        } else {
            reviews.resolve(id, user.name(), resolution.strip());
        }
        redirect.addFlashAttribute("resolved", id);
        return "redirect:/console/reviews";
    }
}
