package vn.resultpost.gateway.operator.soap;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.Applicant;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.canonical.ServiceLevel;
import vn.resultpost.gateway.canonical.ShipmentOrder;

/** Canonical sample data and the contract's schema, shared by the generic SOAP adapter tests. */
final class GenericSoapSamples {

    static final String REFERENCE = "5f0c6a2e-7b1d-4c8e-9a57-3d2b1e0f4a11";
    static final String WAYBILL = "GS123456785VN";
    static final Map<String, String> SERVICE_CODES = Map.of("STANDARD", "STD", "EXPRESS", "EXP");

    private GenericSoapSamples() {
    }

    static SenderAgency sender() {
        return new SenderAgency("000.00.12.H26", "UBND phường Ba Đình", "02437335566",
                new Address("01", "00004", "Số 1 Hoàng Hoa Thám"));
    }

    static ResultSubmission submission(ServiceLevel level, Integer weightGrams, List<ResultDocument> documents) {
        return new ResultSubmission("000.00.12.H26", "000.00.12.H26-261128-0001", "1.001612",
                new Applicant("Nguyễn Thị Lan", "001190012345", "0912345678", "lan.nguyen@example.vn"),
                new Address("01", "00004", "Số 12 ngõ 34 phố Đội Cấn"),
                documents, 50_000L, level, LocalDate.of(2026, 12, 1), weightGrams);
    }

    static List<ResultDocument> twoDocuments() {
        return List.of(new ResultDocument("Giấy chứng nhận đăng ký hộ kinh doanh", 1, true),
                new ResultDocument("Biên lai thu phí", 2, false));
    }

    static ShipmentOrder order(ServiceLevel level, Integer weightGrams) {
        return new ShipmentOrder(REFERENCE, submission(level, weightGrams, twoDocuments()), sender());
    }

    static ShipmentOrder order() {
        return order(ServiceLevel.STANDARD, null);
    }

    /** The contract's schema (src/main/resources/wsdl/postal-operator-v1.xsd). */
    static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(GenericSoapSamples.class.getResource("/wsdl/postal-operator-v1.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates XML text against the contract; throws naming the first violation. */
    static void assertValid(String xml) throws IOException, SAXException {
        schema().newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
