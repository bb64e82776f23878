package vn.resultpost.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;

/** No log line carries the phone or ID number of a result the gateway handled. */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
class LogMaskingTest extends GatewayTestSupport {

    @Test
    void aWholeLifecycleLogsNoPhoneOrIdNumberOfItsInput(CapturedOutput output) {
        String dossier = "000.00.12.H26-261128-1001";
        String withBadField = Fixtures.result("000.00.12.H26-261128-1002").replace("\"01\"", "\"1\"");
        post("/api/v1/results", withBadField);
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains(dossier + " #6 DELIVERED"));

        assertThat(output.getOut() + output.getErr())
                .doesNotContain("0912345678", "912.345.678", "912345678", "001190012345");
    }

    @Test
    void theLogLayoutMasksPhonesAndIdNumbersThatSlipIntoAMessage(CapturedOutput output) {
        LoggerFactory.getLogger(LogMaskingTest.class).warn("citizen phone +84 912.345.678, CCCD 001190012345");
        assertThat(output.getOut()).contains("citizen phone *******678, CCCD *********345")
                .doesNotContain("912.345.678", "001190012345");
    }

    @Test
    void theLogLayoutMasksThemInAnExceptionAndItsCausesToo(CapturedOutput output) {
        Exception cause = new IllegalArgumentException("no such subscriber 0912345678");
        LoggerFactory.getLogger(LogMaskingTest.class).warn("a call failed",
                new IllegalStateException("refused CCCD 001190012345", cause));
        assertThat(output.getOut()).contains("IllegalStateException: refused CCCD *********345")
                .contains("Caused by: java.lang.IllegalArgumentException: no such subscriber *******678")
                .contains("at vn.resultpost.gateway.support.LogMaskingTest")
                .doesNotContain("0912345678", "001190012345");
    }
}
