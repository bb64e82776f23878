package vn.resultpost.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413 before anything reads them: by their
 * Content-Length, or, for a body of unknown length (chunked), by reading at most one byte more than
 * the limit and then handing the buffered body on.
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
        if (!hasBody || (length >= 0 && length <= maxBytes)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = length > maxBytes ? null : request.getInputStream().readNBytes((int) Math.min(maxBytes + 1,
                Integer.MAX_VALUE));
        if (body == null || body.length > maxBytes) {
            ProblemResponses.write(response, 413, "body-too-large", "Request body too large",
                    "At most " + maxBytes + " bytes are accepted");
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    /** A request whose body of unknown length was read into memory (within the limit). */
    static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }
    }
}
