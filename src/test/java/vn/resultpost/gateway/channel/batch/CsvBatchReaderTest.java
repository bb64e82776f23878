package vn.resultpost.gateway.channel.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.Fixtures;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.intake.InvalidResultException;
import vn.resultpost.gateway.intake.SubmissionReader;

/** The CSV translator: rows to the REST submission's JSON, Vietnamese text intact, whole-file refusals. */
class CsvBatchReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final CsvBatchReader reader = new CsvBatchReader(JSON, 3);

    private static final String HEADER = "agencyCode,dossierCode,applicant.fullName,applicant.idNumber,applicant.phone,address.provinceCode,"
            + "address.wardCode,address.streetLine,documents";

    @Test
    void theDocumentedExampleFileTranslatesRowByRowWithVietnameseNamesAndQuotedCommasIntact() throws Exception {
        List<BatchRow> rows = reader.read(Fixtures.read("batch/results.csv").getBytes(StandardCharsets.UTF_8));

        assertThat(rows).extracting(BatchRow::number).containsExactly(1, 2, 3);
        JsonNode first = JSON.readTree(rows.get(0).json());
        assertThat(first.path("applicant").path("fullName").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(first.path("address").path("streetLine").asText()).isEqualTo("Số 12 ngõ 34 phố Đội Cấn, phường Ba Đình");
        assertThat(first.path("documents").get(0).path("title").asText()).isEqualTo("Giấy chứng nhận đăng ký hộ kinh doanh");
        assertThat(first.path("documents").get(0).path("original").asBoolean()).isTrue();
        assertThat(first.path("documents").get(1).path("copies").asInt()).isEqualTo(2);
        assertThat(first.path("codAmount").isNumber()).isTrue();
        assertThat(first.path("papersToTakeBack").get(0).asText()).isEqualTo("Giấy biên nhận hồ sơ (bản gốc)");
        assertThat(rows.get(0).agencyCode()).isEqualTo("000.00.12.H26");
        assertThat(rows.get(0).dossierCode()).isEqualTo("000.00.12.H26-261203-B001");
        JsonNode second = JSON.readTree(rows.get(1).json());
        assertThat(second.has("appointmentDate")).as("an empty cell leaves the field out").isFalse();
        assertThat(second.has("applicant") && !second.path("applicant").has("email")).isTrue();

        ResultSubmission read = new SubmissionReader(JSON).read(rows.get(0).json());
        assertThat(read.documents()).hasSize(2);
        assertThat(read.applicant().fullName()).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void aByteOrderMarkAndSemicolonsAsSeparatorAreUnderstood() throws Exception {
        String csv = "\uFEFF" + HEADER.replace(',', ';') + "\n"
                + "000.00.12.H26;D-1;Phạm Minh Tuấn;001190012345;0912345678;01;00004;\"Ngõ 1; phố Huế\";Giấy tờ\n";
        BatchRow row = reader.read(csv.getBytes(StandardCharsets.UTF_8)).get(0);
        JsonNode json = JSON.readTree(row.json());
        assertThat(json.has("agencyCode")).as("the BOM is not part of the first column's name").isTrue();
        assertThat(json.path("address").path("streetLine").asText()).isEqualTo("Ngõ 1; phố Huế");
        assertThat(json.path("documents").get(0).path("title").asText()).isEqualTo("Giấy tờ");
    }

    @Test
    void escapedSeparatorsStayInsideADocumentTitle() throws Exception {
        String csv = HEADER + "\n000.00.12.H26,D-2,Ngô Bảo Châu,001190012345,0912345678,01,00004,Phố Huế,"
                + "\"Bản sao A\\;B\\|C|3|false;Bản chính|1|TRUE\"\n";
        JsonNode docs = JSON.readTree(reader.read(csv.getBytes(StandardCharsets.UTF_8)).get(0).json()).path("documents");
        assertThat(docs.get(0).path("title").asText()).isEqualTo("Bản sao A;B|C");
        assertThat(docs.get(0).path("copies").asInt()).isEqualTo(3);
        assertThat(docs.get(1).path("original").asBoolean()).isTrue();
    }

    @Test
    void aBadValueIsLeftForIntakeToNameTheFieldAndARaggedRowIsRejectedAlone() {
        String csv = HEADER + "\n000.00.12.H26,D-3,Đỗ Văn A,001190012345,0912345678,01,00004,Phố Huế,Giấy|hai|có\n"
                + "000.00.12.H26,D-4,Đỗ Văn B,001190012345,0912345678\n";
        List<BatchRow> rows = reader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new SubmissionReader(JSON).read(rows.get(0).json()))
                .isInstanceOf(InvalidResultException.class).hasMessageContaining("documents[0].copies");
        assertThat(rows.get(1).json()).isNull();
        assertThat(rows.get(1).problem().errors().get(0).message()).contains("has 5 values, the header has 9 columns");
    }

    @Test
    void aDocumentWithTooManyPartsRejectsItsRowNamingTheDocument() {
        String csv = HEADER + "\n000.00.12.H26,D-5,Đỗ Văn C,001190012345,0912345678,01,00004,Phố Huế,A|1|true|x\n";
        BatchRow row = reader.read(csv.getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(row.json()).isNull();
        assertThat(row.dossierCode()).isEqualTo("D-5");
        assertThat(row.problem().errors().get(0).field()).isEqualTo("documents[0]");
    }

    @Test
    void wholeFileProblemsAreRefusedSayingWhy() {
        assertThatThrownBy(() -> reader.read(new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28, '\n'}))
                .isInstanceOf(BatchFileException.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> reader.read("agencyCode,dossierCode\nx,y\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BatchFileException.class).hasMessageContaining("required column(s) missing")
                .hasMessageContaining("applicant.phone");
        assertThatThrownBy(() -> reader.read((HEADER + ",applicant.phoneNumber\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BatchFileException.class).hasMessageContaining("unknown column(s)")
                .hasMessageContaining("applicant.phoneNumber");
        assertThatThrownBy(() -> reader.read((HEADER + "\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BatchFileException.class).hasMessageContaining("no rows");
        assertThatThrownBy(() -> reader.read(new byte[0]))
                .isInstanceOf(BatchFileException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read((HEADER + "\na,\"b,c\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BatchFileException.class).hasMessageContaining("not readable CSV");
        assertThatThrownBy(() -> reader.read((HEADER + ",agencyCode\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BatchFileException.class);
        String four = HEADER + "\n" + "a,b,c,d,e,f,g,h,i\n".repeat(4);
        assertThatThrownBy(() -> reader.read(four.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BatchFileException.class).hasMessageContaining("more than 3 rows");
    }
}
