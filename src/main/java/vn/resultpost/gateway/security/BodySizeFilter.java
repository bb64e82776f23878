package vn.resultpost.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413 before anything reads them, and bodies
 * of unknown length (chunked) on the API with 411, so no surface reads an unbounded body.
 */
public class BodySizeFilter extends OncePerRequestFilter {

    private final long maxBytes;

    public BodySizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean hasBody = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod());
        long length = request.getContentLengthLong();
        if (hasBody && length > maxBytes) {
            ProblemResponses.write(response, 413, "body-too-large", "Request body too large",
                    "At most " + maxBytes + " bytes are accepted; this body has " + length);
            return;
        }
        if (hasBody && length < 0 && request.getRequestURI().startsWith("/api/")) {
            ProblemResponses.write(response, 411, "length-required", "Content-Length required",
                    "Send the body with a Content-Length header (at most " + maxBytes + " bytes)");
            return;
        }
        chain.doFilter(request, response);
    }
}
