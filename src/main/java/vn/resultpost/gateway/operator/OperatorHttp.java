package vn.resultpost.gateway.operator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** What the operator adapters' HTTP calls share: a reply's status and text (clients: {@code support.OutboundHttp}). */
public final class OperatorHttp {

    private OperatorHttp() {
    }

    /** The body of a reply as UTF-8 text ("" when there is none). */
    public static String text(InputStream in) throws IOException {
        return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** An HTTP reply: status code and body text. */
    public record Reply(int status, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
