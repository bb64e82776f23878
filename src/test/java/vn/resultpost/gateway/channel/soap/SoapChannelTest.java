package vn.resultpost.gateway.channel.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.GatewayTestSupport;

/**
 * The SOAP channel end to end over HTTP on the gateway's random port (raw SOAP 1.1 envelopes, as any
 * SOAP client sends them): contract served, same intake as REST, WS-Security, agency boundary, hostile XML.
 */
@TestPropertySource(properties = "simulator.vnpost.scenario=deliver")
public class SoapChannelTest extends GatewayTestSupport {

    static final String NS = "urn:resultpost:gateway:results:v1";
    public static final String USER = "demo-soap-dossier-system";
    public static final String PASSWORD = "demo-only-soap-dossier-system";
    static final String CAU_GIAY_USER = "demo-soap-cau-giay";
    static final String CAU_GIAY_PASSWORD = "demo-only-soap-cau-giay";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theContractIsServedAtWsdl() {
        HttpResponse<String> wsdl = send(request("/services/results?wsdl").GET().build());
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("urn:resultpost:gateway:results:v1", "SubmitResult", "GetResultStatus",
                "GatewayFault");
    }

    @Test
    void aResultSubmittedOverSoapIsTheSameShipmentAsOverRestAndIsDelivered() {
        String dossier = "000.00.12.H26-261128-5001";
        HttpResponse<String> first = soap(USER, PASSWORD, submitResult("000.00.12.H26", dossier, "+84 912.345.678"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String shipmentId = value(first.body(), "shipmentId");
        assertThat(shipmentId).isNotBlank();
        assertThat(value(first.body(), "outcome")).isEqualTo("CREATED");
        assertThat(value(first.body(), "status")).isEqualTo("ACCEPTED");

        HttpResponse<String> again = soap(USER, PASSWORD, submitResult("000.00.12.H26", dossier, "+84 912.345.678"));
        assertThat(value(again.body(), "shipmentId")).isEqualTo(shipmentId);
        assertThat(value(again.body(), "outcome")).isEqualTo("EXISTING");

        // The same result over REST is recognised as the same (same canonical form, same hash).
        HttpResponse<String> rest = post("/api/v1/results", Fixtures.result(dossier));
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        assertThat(rest.body()).contains(shipmentId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> status = soap(USER, PASSWORD, getStatus("000.00.12.H26", dossier));
            assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
            assertThat(value(status.body(), "status")).isEqualTo("DELIVERED");
            assertThat(value(status.body(), "dossierStatusCode")).isEqualTo("10");
            assertThat(value(status.body(), "waybill")).isNotBlank();
            assertThat(values(status.body(), "status")).startsWith("DELIVERED", "ACCEPTED", "ORDER_CREATED");
        });
        assertThat(jdbc.sql("select count(*) from shipment where dossier_code = ?").param(dossier)
                .query(Integer.class).single()).isEqualTo(1);
        // Audit: each SOAP submission is recorded as received (IN, the agency's dossier system), masked.
        List<String> recorded = jdbc.sql("select body from message_log where dossier_code = ? and direction = 'IN'"
                + " and party = 'dossier-system:000.00.12.H26' order by seq").param(dossier).query(String.class).list();
        assertThat(recorded).hasSizeGreaterThanOrEqualTo(3);
        assertThat(recorded.get(0)).contains("SubmitResult").doesNotContain("912.345.678", "001190012345");
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWithOrWithoutContentLength() {
        String dossier = "000.00.12.H26-261128-5010";
        String huge = envelope(USER, PASSWORD, submitResult("000.00.12.H26", dossier, "0912345678")
                .replace("<r:streetLine>", "<r:streetLine>" + "x".repeat(300_000)));
        HttpResponse<String> sized = soapRaw(huge);
        assertThat(sized.statusCode()).isEqualTo(413);
        // Within every XML limit (each comment under the 64 KiB text limit), over the body limit in all.
        String bulky = envelope(USER, PASSWORD, ("<!--" + "x".repeat(60_000) + "-->").repeat(6)
                + submitResult("000.00.12.H26", dossier, "0912345678"));
        byte[] bytes = bulky.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = send(request("/services/results").header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build());
        assertThat(chunked.statusCode()).as(chunked.body()).isNotEqualTo(200);
        assertThat(chunked.body()).doesNotContain("shipmentId");
        assertNothingStored(dossier);
    }

    @Test
    void differentContentForTheSameDossierIsAConflictFault() {
        String dossier = "000.00.12.H26-261128-5002";
        assertThat(soap(USER, PASSWORD, submitResult("000.00.12.H26", dossier, "0912345678")).statusCode())
                .isEqualTo(200);
        HttpResponse<String> other = soap(USER, PASSWORD, submitResult("000.00.12.H26", dossier, "0987654321"));
        assertFault(other, "result-conflict");
    }

    @Test
    void invalidFieldsAnswerAFaultNamingEachField() {
        String dossier = "000.00.12.H26-261128-5003";
        HttpResponse<String> answer = soap(USER, PASSWORD, submitResult("000.00.12.H26", dossier, "12345")
                .replace("<r:wardCode>00004</r:wardCode>", "<r:wardCode>4</r:wardCode>"));
        assertFault(answer, "invalid-result");
        assertThat(values(answer.body(), "field")).contains("applicant.phone", "address.wardCode");
        assertNothingStored(dossier);
    }

    @Test
    void aRequestThatBreaksTheSchemaIsAFault() {
        String dossier = "000.00.12.H26-261128-5004";
        HttpResponse<String> answer = soap(USER, PASSWORD, submitResult("000.00.12.H26", dossier, "0912345678")
                .replace("<r:copies>1</r:copies>", "<r:copies>one</r:copies>"));
        assertFault(answer, "invalid-xml");
        assertThat(values(answer.body(), "field")).containsExactly("documents[0].copies");
        assertNothingStored(dossier);
        HttpResponse<String> missing = soap(USER, PASSWORD, submitResult("000.00.12.H26", dossier, "0912345678")
                .replaceAll("<r:procedureCode>[^<]*</r:procedureCode>", ""));
        assertFault(missing, "invalid-xml");
        assertThat(values(missing.body(), "message").get(1)).contains("procedureCode");
        assertNothingStored(dossier);
    }

    @Test
    void withoutOrWithAWrongUsernameTokenNothingIsCreated() {
        String dossier = "000.00.12.H26-261128-5005";
        String body = submitResult("000.00.12.H26", dossier, "0912345678");
        HttpResponse<String> none = send(request("/services/results").header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofString(envelope("", body))).build());
        assertThat(none.body()).contains("Fault").doesNotContain("shipmentId");
        assertThat(soap(USER, "wrong-password", body).body()).contains("Fault").doesNotContain("shipmentId");
        assertThat(soap("nobody", PASSWORD, body).body()).contains("Fault").doesNotContain("shipmentId");
        // A REST API key is no SOAP credential.
        HttpResponse<String> apiKey = send(request("/services/results").header("Content-Type", "text/xml")
                .header("X-API-Key", DEMO_API_KEY).POST(HttpRequest.BodyPublishers.ofString(envelope("", body))).build());
        assertThat(apiKey.body()).contains("Fault").doesNotContain("shipmentId");
        assertNothingStored(dossier);
    }

    @Test
    void aClientActsOnlyForItsOwnAgencies() {
        String dossier = "000.00.12.H26-261128-5006";
        HttpResponse<String> foreign = soap(CAU_GIAY_USER, CAU_GIAY_PASSWORD,
                submitResult("000.00.12.H26", dossier, "0912345678"));
        assertFault(foreign, "forbidden");
        assertNothingStored(dossier);

        assertThat(soap(USER, PASSWORD, submitResult("000.00.12.H26", dossier, "0912345678")).statusCode())
                .isEqualTo(200);
        assertFault(soap(CAU_GIAY_USER, CAU_GIAY_PASSWORD, getStatus("000.00.12.H26", dossier)), "forbidden");

        String own = "000.00.15.H26-261128-5007";
        HttpResponse<String> ok = soap(CAU_GIAY_USER, CAU_GIAY_PASSWORD, submitResult("000.00.15.H26", own, "0912345678"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(soap(CAU_GIAY_USER, CAU_GIAY_PASSWORD, getStatus("000.00.15.H26", own)).statusCode()).isEqualTo(200);
    }

    @Test
    void externalEntitiesAreRefusedAndNeverEchoed() {
        String dossier = "000.00.12.H26-261128-5008";
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE soapenv:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + envelope(USER, PASSWORD, submitResult("000.00.12.H26", dossier, "0912345678")
                        .replace("<r:streetLine>", "<r:streetLine>&xxe;"));
        HttpResponse<String> answer = soapRaw(xxe);
        assertRefused(answer);
        assertThat(answer.body()).contains("DTD").doesNotContain("root:", "/bin/");
        assertNothingStored(dossier);
    }

    @Test
    void entityExpansionIsRefused() {
        String dossier = "000.00.12.H26-261128-5009";
        StringBuilder dtd = new StringBuilder("<!DOCTYPE soapenv:Envelope [<!ENTITY lol \"lol\">");
        dtd.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = "<?xml version=\"1.0\"?>\n" + dtd + "\n" + envelope(USER, PASSWORD,
                submitResult("000.00.12.H26", dossier, "0912345678").replace("<r:streetLine>", "<r:streetLine>&lol9;"));
        HttpResponse<String> answer = soapRaw(bomb);
        assertRefused(answer);
        assertThat(answer.body()).contains("DTD").doesNotContain("lollollol");
        assertNothingStored(dossier);
    }

    // --- Helpers ----------------------------------------------------------------------------------------

    private void assertNothingStored(String dossier) {
        assertThat(jdbc.sql("select count(*) from shipment where dossier_code = ?").param(dossier)
                .query(Integer.class).single()).isZero();
    }

    private static void assertRefused(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isIn(400, 413, 500);
        assertThat(answer.body()).doesNotContain("shipmentId");
        if (answer.statusCode() == 500) {
            assertThat(answer.body()).contains("Fault");
        }
    }

    private static void assertFault(HttpResponse<String> answer, String code) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
        assertThat(values(answer.body(), "code")).as(answer.body()).containsExactly(code);
    }

    public static String submitResult(String agency, String dossier, String phone) {
        return "<r:SubmitResult xmlns:r=\"" + NS + "\">"
                + "<r:agencyCode>" + agency + "</r:agencyCode>"
                + "<r:dossierCode>" + dossier + "</r:dossierCode>"
                + "<r:procedureCode>1.001612</r:procedureCode>"
                + "<r:applicant><r:fullName>  Nguyễn   Thị Lan </r:fullName><r:idNumber>001190012345</r:idNumber>"
                + "<r:phone>" + phone + "</r:phone><r:email>lan.nguyen@example.vn</r:email></r:applicant>"
                + "<r:address><r:provinceCode>01</r:provinceCode><r:wardCode>00004</r:wardCode>"
                + "<r:streetLine>Số 12 ngõ 34 phố Đội Cấn</r:streetLine></r:address>"
                + "<r:documents>"
                + "<r:document><r:title>Giấy chứng nhận đăng ký hộ kinh doanh</r:title><r:copies>1</r:copies>"
                + "<r:original>true</r:original></r:document>"
                + "<r:document><r:title>Biên lai thu phí</r:title><r:copies>2</r:copies>"
                + "<r:original>false</r:original></r:document>"
                + "</r:documents>"
                + "<r:codAmount>50000</r:codAmount><r:serviceLevel>STANDARD</r:serviceLevel>"
                + "<r:appointmentDate>2026-12-01</r:appointmentDate>"
                + "</r:SubmitResult>";
    }

    static String getStatus(String agency, String dossier) {
        return "<r:GetResultStatus xmlns:r=\"" + NS + "\"><r:agencyCode>" + agency + "</r:agencyCode>"
                + "<r:dossierCode>" + dossier + "</r:dossierCode></r:GetResultStatus>";
    }

    public static String envelope(String security, String body) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Header>" + security + "</soapenv:Header>"
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    public static String envelope(String user, String password, String body) {
        return envelope(usernameToken(user, password), body);
    }

    public static String usernameToken(String user, String password) {
        return "<wsse:Security soapenv:mustUnderstand=\"1\" xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/"
                + "oasis-200401-wss-wssecurity-secext-1.0.xsd\"><wsse:UsernameToken><wsse:Username>" + user
                + "</wsse:Username><wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/"
                + "oasis-200401-wss-username-token-profile-1.0#PasswordText\">" + password
                + "</wsse:Password></wsse:UsernameToken></wsse:Security>";
    }

    HttpResponse<String> soap(String user, String password, String body) {
        return soapRaw(envelope(user, password, body));
    }

    HttpResponse<String> soapRaw(String envelope) {
        return send(request("/services/results").header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build());
    }

    static String value(String xml, String localName) {
        List<String> all = values(xml, localName);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The text of every element of that local name in our namespace, in document order. */
    static List<String> values(String xml, String localName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            NodeList nodes = doc.getElementsByTagNameNS(NS, localName);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
            return values;
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + xml, e);
        }
    }
}
