package vn.resultpost.gateway.channel.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.canonical.Violation;
import vn.resultpost.gateway.intake.InvalidResultException;
import vn.resultpost.gateway.support.ConflictException;
import vn.resultpost.gateway.support.ForbiddenException;
import vn.resultpost.gateway.support.InvalidMessageException;
import vn.resultpost.gateway.support.NotFoundException;
import vn.resultpost.gateway.support.UnauthorizedException;
import vn.resultpost.gateway.support.UnavailableException;

/** Builds RFC 9457 problem details, and turns an exception caught on a REST route into one. */
@Component("problems")
public class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    public static ApiReply of(int status, String type, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(extra);
        return new ApiReply(status, ApiReply.PROBLEM_JSON, body, null);
    }

    public static ApiReply invalid(List<Violation> violations) {
        return of(400, "invalid-result", "The result is not valid",
                violations.size() + " field(s) are invalid; see 'errors'", Map.of("errors", violations));
    }

    public static ApiReply notFound(String detail) {
        return of(404, "not-found", "Not found", detail, Map.of());
    }

    /** The reply for the exception a REST route caught (set as the message body). */
    public ApiReply fromException(Exchange exchange) {
        Throwable e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (e instanceof InvalidResultException invalid) {
            return invalid(invalid.violations());
        }
        if (e instanceof InvalidMessageException invalid) {
            return of(400, "invalid-message", "The message is not valid", invalid.getMessage(), Map.of());
        }
        if (e instanceof NotFoundException notFound) {
            return notFound(notFound.getMessage());
        }
        if (e instanceof ForbiddenException forbidden) {
            return of(403, "forbidden", "Forbidden", forbidden.getMessage(), Map.of());
        }
        if (e instanceof ConflictException conflict) {
            return of(409, conflict.type(), "Conflict with the shipment's state", conflict.getMessage(), Map.of());
        }
        if (e instanceof UnavailableException unavailable) {
            ApiReply problem = of(503, unavailable.type(), "Try again later", unavailable.getMessage(), Map.of());
            return new ApiReply(503, problem.contentType(), problem.body(), null, unavailable.retryAfterSeconds());
        }
        if (e instanceof UnauthorizedException unauthorized) {
            return of(401, "unauthorized", "Not verified", unauthorized.getMessage(), Map.of());
        }
        log.error("Unexpected failure on {}", exchange.getFromRouteId(), e);
        return of(500, "internal-error", "Internal error",
                "The gateway could not process the request; it has been logged. Please retry later.", Map.of());
    }
}
