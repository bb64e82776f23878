package vn.resultpost.gateway.channel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;

/** The dispatch slip endpoint: a PDF with the dossier code, waybill and Vietnamese names intact. */
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
class DispatchSlipApiTest extends GatewayTestSupport {

    @Test
    void theSlipOfAShipmentWithAWaybillIsAPdfWithVietnameseTextIntact() throws Exception {
        String dossier = "000.00.12.H26-261128-1101";
        String path = "/api/v1/results/000.00.12.H26/" + dossier + "/dispatch-slip";
        assertThat(post("/api/v1/results", Fixtures.result(dossier)).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> get(path).statusCode() == 200);

        HttpResponse<byte[]> pdf = send(request(path).header("X-API-Key", DEMO_API_KEY).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(dossier, "Nguyễn Thị Lan", "Bộ phận Một cửa", "Bản chính")
                    .containsPattern("EB[0-9]{9}VN");
        }
    }

    @Test
    void unknownResultIs404AndAnotherAgencysClientIs403() {
        assertThat(get("/api/v1/results/000.00.12.H26/NOPE/dispatch-slip").statusCode()).isEqualTo(404);
        assertThat(send(request("/api/v1/results/000.00.12.H26/NOPE/dispatch-slip")
                .header("X-API-Key", "demo-only-api-key-cau-giay").GET().build()).statusCode()).isEqualTo(403);
    }
}
