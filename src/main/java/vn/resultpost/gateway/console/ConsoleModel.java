package vn.resultpost.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.resultpost.gateway.support.InvalidMessageException;
import vn.resultpost.gateway.support.NotFoundException;

/** What every console page knows: the signed-in person and the language; errors shown as a page. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
public class ConsoleModel {

    private final RoleHierarchy roles;

    public ConsoleModel(RoleHierarchy roles) {
        this.roles = roles;
    }

    @ModelAttribute("user")
    ConsoleUser user() {
        return ConsoleUser.of(SecurityContextHolder.getContext().getAuthentication(), roles);
    }

    @ModelAttribute("lang")
    String lang(HttpServletRequest request) {
        return RequestContextUtils.getLocale(request).getLanguage();
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler({NotFoundException.class, InvalidMessageException.class})
    String problem(RuntimeException e, Model model, HttpServletRequest request,
                   jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(e instanceof NotFoundException ? 404 : 400);
        model.addAttribute("user", user());
        model.addAttribute("lang", lang(request));
        model.addAttribute("path", path(request));
        model.addAttribute("problem", e.getMessage());
        return "console/problem";
    }
}
