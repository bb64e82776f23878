package vn.resultpost.gateway.channel.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.intake.SubmissionReader;

/** The XML translator: schema-checked results to the REST JSON; XXE and entity bombs refused without echo. */
class XmlBatchReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final XmlBatchReader reader = new XmlBatchReader(JSON, 10);

    @Test
    void theDocumentedExampleFileTranslatesEachResult() throws Exception {
        List<BatchRow> rows = reader.read(Fixtures.read("batch/results.xml").getBytes(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(2);
        JsonNode first = JSON.readTree(rows.get(0).json());
        assertThat(first.path("applicant").path("fullName").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(first.path("documents").get(1).path("copies").asInt()).isEqualTo(2);
        assertThat(first.path("documents").get(0).path("original").isBoolean()).isTrue();
        assertThat(first.path("papersToTakeBack").get(0).asText()).isEqualTo("Giấy biên nhận hồ sơ (bản gốc)");
        assertThat(rows.get(1).dossierCode()).isEqualTo("000.00.12.H26-261203-X002");
        ResultSubmission read = new SubmissionReader(JSON).read(rows.get(0).json());
        assertThat(read.codAmount()).isEqualTo(50000L);
        assertThat(read.address().streetLine()).isEqualTo("Số 12 ngõ 34 phố Đội Cấn");
    }

    @Test
    void anElementTheSchemaDoesNotKnowRefusesTheFileNamingWhere() {
        String xml = Fixtures.read("batch/results.xml").replace("<procedureCode>", "<priority>1</priority><procedureCode>");
        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BatchFileException.class).hasMessageContaining("does not match the schema")
                .hasMessageContaining("result[1]").hasMessageContaining("priority");
    }

    @Test
    void malformedXmlIsRefusedWithTheLine() {
        assertThatThrownBy(() -> reader.read("<resultBatch xmlns=\"urn:resultpost:gateway:batch:v1\">\n<result>"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BatchFileException.class).hasMessageContaining("not well-formed").hasMessageContaining("line");
    }

    @Test
    void externalEntitiesAreRefusedAndNothingOfTheirTargetIsEchoed() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<resultBatch xmlns=\"urn:resultpost:gateway:batch:v1\"><result><agencyCode>&x;</agencyCode></result></resultBatch>";
        assertThatThrownBy(() -> reader.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BatchFileException.class).hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:").hasMessageNotContaining("passwd");
    }

    @Test
    void aBillionLaughsFileIsRefusedAtOnce() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        bomb.append("]>\n<resultBatch xmlns=\"urn:resultpost:gateway:batch:v1\"><result><agencyCode>&lol9;</agencyCode>"
                + "</result></resultBatch>");
        long start = System.nanoTime();
        assertThatThrownBy(() -> reader.read(bomb.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BatchFileException.class).hasMessageContaining("DOCTYPE").hasMessageNotContaining("lollol");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void tooManyResultsRefuseTheFile() {
        String one = "<result><agencyCode>a</agencyCode></result>";
        String xml = "<resultBatch xmlns=\"urn:resultpost:gateway:batch:v1\">" + one.repeat(11) + "</resultBatch>";
        assertThatThrownBy(() -> reader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BatchFileException.class).hasMessageContaining("more than 10 results");
    }
}
