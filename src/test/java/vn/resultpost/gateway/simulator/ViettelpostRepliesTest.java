package vn.resultpost.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.Reply;

/** Viettel's reply envelope: data as JSON, refusals with HTTP 200 and Viettel's status, 401 and 503 as HTTP. */
class ViettelpostRepliesTest {

    @Test
    void wrapsEveryAnswerInTheEnvelope() {
        ResponseEntity<Reply> ok = new ViettelpostReplies(new ObjectMapper()).ok(Map.of("ORDER_NUMBER", "123"));
        ResponseEntity<Reply> refused = ViettelpostReplies.refused(205, "exists");

        assertThat(ok.getStatusCode().value()).isEqualTo(200);
        assertThat(ok.getBody().status()).isEqualTo(200);
        assertThat(ok.getBody().data().path("ORDER_NUMBER").asText()).isEqualTo("123");
        assertThat(refused.getStatusCode().value()).isEqualTo(200);
        assertThat(refused.getBody()).isEqualTo(new Reply(205, true, "exists", null));
        assertThat(ViettelpostReplies.done().getBody()).isEqualTo(new Reply(200, false, "OK", null));
        assertThat(ViettelpostReplies.tokenRefused().getStatusCode().value()).isEqualTo(401);
        assertThat(ViettelpostReplies.outage().getBody()).isEqualTo(new Reply(503, true, "simulated outage", null));
    }
}
