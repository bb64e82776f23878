package vn.resultpost.gateway.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.resultpost.gateway.operator.OperatorRegistry;

/** Each operator's circuit breaker, recent error rate, last successful call and token state. */
@Controller
public class OperatorsController {

    private final OperatorRegistry operators;

    public OperatorsController(OperatorRegistry operators) {
        this.operators = operators;
    }

    @GetMapping("/console/operators")
    String list(Model model) {
        model.addAttribute("operators", operators.health());
        return "console/operators";
    }
}
