package vn.resultpost.gateway.reporting.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;

/** The ReportStatus payload of a status report: every field, in the contract's order, valid against the WSDL. */
class StatusReportSoapMapperTest {

    static final String SHIPMENT = "5f0c6a52-3f0e-4a39-9d0b-6d1f2f0d8a11";
    static final String DOSSIER = "000.00.15.H26-261128-0007";

    static final StatusReport DELIVERED = new StatusReport("000.00.15.H26", DOSSIER, SHIPMENT, 6,
            ShipmentStatus.DELIVERED, "10", "vnpost", "EB479062005VN", "14",
            "Phát thành công / Delivered & signed <Nguyễn Thị Lan>", 0, Instant.parse("2026-11-30T03:15:30.250Z"),
            LocalDate.parse("2026-12-02"));

    static final StatusReport ACCEPTED = new StatusReport("000.00.15.H26", DOSSIER, SHIPMENT, 1,
            ShipmentStatus.ACCEPTED, "9", "vnpost", null, null, null, 0, Instant.parse("2026-11-28T01:00:00Z"), null);

    @Test
    void aDeliveredReportIsThePayloadOfTheFixture() {
        String payload = StatusReportSoapMapper.toPayload(DELIVERED);
        assertSameXml(payload, Fixtures.read("dossier-status/report-status-delivered.xml"));
        assertThat(payload).contains("&amp; signed &lt;Nguyễn Thị Lan");
    }

    @Test
    void optionalFieldsWithoutAValueAreLeftOut() {
        String payload = StatusReportSoapMapper.toPayload(ACCEPTED);
        assertSameXml(payload, Fixtures.read("dossier-status/report-status-accepted.xml"));
        assertThat(payload).doesNotContain("waybill", "dueDate", "description");
    }

    @Test
    void everyPayloadIsValidAgainstTheContract() throws Exception {
        Schema schema = contractSchema();
        for (StatusReport report : new StatusReport[] {DELIVERED, ACCEPTED}) {
            schema.newValidator().validate(new StreamSource(new StringReader(StatusReportSoapMapper.toPayload(report))));
        }
        // And the test can fail: a payload with the fields out of order is not.
        String swapped = StatusReportSoapMapper.toPayload(ACCEPTED).replaceFirst(
                "(<ds:agencyCode>[^<]*</ds:agencyCode>)(<ds:dossierCode>[^<]*</ds:dossierCode>)", "$2$1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                schema.newValidator().validate(new StreamSource(new StringReader(swapped))))
                .hasMessageContaining("dossierCode");
    }

    static void assertSameXml(String actual, String expected) {
        Diff diff = DiffBuilder.compare(Input.fromString(expected)).withTest(Input.fromString(actual))
                .ignoreComments().ignoreWhitespace().checkForSimilar().build();
        assertThat(diff.hasDifferences()).as(diff + "\n" + actual).isFalse();
    }

    /** The schema embedded in wsdl/dossier-status-v1.wsdl. */
    static Schema contractSchema() throws Exception {
        try (InputStream in = StatusReportSoapMapperTest.class.getResourceAsStream("/wsdl/dossier-status-v1.wsdl")) {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document wsdl = dbf.newDocumentBuilder().parse(in);
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new DOMSource(
                    wsdl.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema").item(0)));
        }
    }
}
