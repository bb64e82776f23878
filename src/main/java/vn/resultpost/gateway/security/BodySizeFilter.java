package vn.resultpost.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413 before anything reads them, and bodies
 * of unknown length (chunked) on the API with 411, so no surface reads an unbounded body. SOAP stacks
 * send chunked bodies by default, so on the SOAP channel ({@code /services/}) a body of unknown length is
 * read through a stream that fails after the same number of bytes (the SOAP call then ends in a fault).
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
        if (hasBody && length < 0 && request.getRequestURI().startsWith("/services/")) {
            chain.doFilter(new LimitedBody(request, maxBytes), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A request whose body stream fails once more than {@code maxBytes} bytes have been read. */
    static final class LimitedBody extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > maxBytes) {
                            throw new IOException("Request body larger than " + maxBytes + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() {
            throw new IllegalStateException("Read the body through getInputStream");
        }
    }
}
