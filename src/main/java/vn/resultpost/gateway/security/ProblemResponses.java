package vn.resultpost.gateway.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** RFC 9457 answers for requests refused before they reach a route: 401, 403, 413, 429, 503 (load shed). */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        String body = "{\"type\":\"/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** 401: no or bad credentials. */
    public static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"gateway\", Bearer, ApiKey");
            write(response, 401, "unauthorized", "Authentication required",
                    "Send X-API-Key, a Bearer token or admin credentials (" + e.getMessage() + ")");
        };
    }

    /** 403: authenticated but not allowed. */
    public static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, 403, "forbidden", "Forbidden",
                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI());
    }
}
