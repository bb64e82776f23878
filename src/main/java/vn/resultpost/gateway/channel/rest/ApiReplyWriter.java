package vn.resultpost.gateway.channel.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/** Writes an {@link ApiReply} in the message body as the HTTP response: status, headers and JSON (or raw bytes). */
@Component("apiReply")
public class ApiReplyWriter implements Processor {

    private final ObjectMapper json;

    public ApiReplyWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        ApiReply reply = exchange.getMessage().getMandatoryBody(ApiReply.class);
        var message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, reply.status());
        message.setHeader(Exchange.CONTENT_TYPE, reply.contentType().startsWith("application/pdf")
                ? reply.contentType() : reply.contentType() + ";charset=UTF-8");
        if (reply.location() != null) {
            message.setHeader("Location", reply.location());
        }
        if (reply.retryAfterSeconds() != null) {
            message.setHeader("Retry-After", String.valueOf(reply.retryAfterSeconds()));
        }
        message.setBody(reply.body() instanceof byte[] bytes ? bytes : json.writeValueAsBytes(reply.body()));
    }
}
