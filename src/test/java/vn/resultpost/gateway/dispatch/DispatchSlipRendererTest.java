package vn.resultpost.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.Applicant;
import vn.resultpost.gateway.canonical.ResultDocument;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.SenderAgency;
import vn.resultpost.gateway.canonical.ServiceLevel;

class DispatchSlipRendererTest {

    static final SenderAgency AGENCY = new SenderAgency("000.00.12.H26", "UBND phường Ba Đình — Bộ phận Một cửa",
            "024 3823 4567", new Address("01", "00004", "Số 25 phố Liễu Giai"));
    static final ResultSubmission RESULT = new ResultSubmission("000.00.12.H26", "000.00.12.H26-261128-0007",
            "1.001612", new Applicant("Nguyễn Thị Lan", "001190012345", "0912345678", "lan.nguyen@example.vn"),
            new Address("79", "26882", "Số 12 đường Quang Trung"),
            List.of(new ResultDocument("Giấy chứng nhận đăng ký hộ kinh doanh", 1, true),
                    new ResultDocument("Biên lai thu phí", 2, false)),
            50_000L, ServiceLevel.STANDARD, LocalDate.parse("2026-12-01"), 200);

    private final DispatchSlipRenderer renderer = new DispatchSlipRenderer();
    private final AdministrativeUnits units = new AdministrativeUnits();

    @Test
    void rendersAParsablePdfWithEveryFieldAndTheVietnameseTextIntact() throws IOException {
        DispatchSlip slip = DispatchSlip.of(AGENCY, RESULT, "EB479062005VN",
                List.of("Giấy hẹn trả kết quả (bản gốc)"), LocalDate.parse("2026-12-02"), units::describe);
        byte[] pdf = renderer.render(slip);
        Files.write(Files.createDirectories(Path.of("target")).resolve("dispatch-slip-sample.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("PHIẾU GỬI", "EB479062005VN", "000.00.12.H26-261128-0007", "1.001612",
                    "Nguyễn Thị Lan", "0912345678", "UBND phường Ba Đình — Bộ phận Một cửa", "024 3823 4567",
                    "Giấy chứng nhận đăng ký hộ kinh doanh", "Bản chính", "Biên lai thu phí", "Bản sao",
                    "Giấy hẹn trả kết quả (bản gốc)", "50.000 ₫", "02/12/2026", "CÁN BỘ CƠ QUAN GIAO",
                    "NHÂN VIÊN BƯU CHÍNH", "NGƯỜI NHẬN", "Tổng cộng: 2 giấy tờ, 3 bản.",
                    "Phiếu gửi EB479062005VN · hồ sơ 000.00.12.H26-261128-0007 · trang 1/1");
            assertThat(text.replaceAll("\\s+", " ")).as("addresses, wrapped over lines").contains(
                    "Số 12 đường Quang Trung, Phường An Hội Tây, Thành phố Hồ Chí Minh",
                    "Số 25 phố Liễu Giai, Phường Ba Đình, Thành phố Hà Nội");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("DejaVuSans");
        }
    }

    @Test
    void theBarcodeEncodesTheWaybill() throws Exception {
        byte[] pdf = renderer.render(DispatchSlip.of(AGENCY, RESULT, "EB479062005VN", List.of(),
                LocalDate.parse("2026-12-02"), units::describe));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            BufferedImage top = page.getSubimage(page.getWidth() / 2, 0, page.getWidth() / 2, page.getHeight() / 4);
            int[] pixels = top.getRGB(0, 0, top.getWidth(), top.getHeight(), null, 0, top.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(top.getWidth(), top.getHeight(), pixels)));
            String decoded = new MultiFormatReader().decode(bitmap, Map.of(
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                    DecodeHintType.TRY_HARDER, true)).getText();
            assertThat(decoded).isEqualTo("EB479062005VN");
        }
    }

    @Test
    void noPapersToTakeBackAndNoFeeAreStated() throws IOException {
        ResultSubmission noFee = new ResultSubmission(RESULT.agencyCode(), RESULT.dossierCode(), RESULT.procedureCode(),
                RESULT.applicant(), RESULT.address(), RESULT.documents(), null, ServiceLevel.STANDARD, null, null);
        String text = text(renderer.render(DispatchSlip.of(AGENCY, noFee, "EB1VN", null,
                LocalDate.parse("2026-12-02"), units::describe)));
        assertThat(text).contains("Không có.", "0 ₫");
    }

    @Test
    void aLongDocumentListContinuesOnANewPageWithItsHeader() throws IOException {
        List<ResultDocument> many = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new ResultDocument("Bản trích lục hộ tịch số " + i + " cấp cho ông Trần Văn Đức", 1, i % 2 == 0))
                .toList();
        DispatchSlip slip = new DispatchSlip(new DispatchSlip.Party("Sở Tư pháp", "Hà Nội", "024"),
                new DispatchSlip.Party("Trần Văn Đức", "Huế", "0905123456"), "EE123456789VN", "000.00.01.H01-260101-0001",
                "2.000635", many, List.of(), 0, LocalDate.parse("2026-01-05"));
        byte[] pdf = renderer.render(slip);
        Files.write(Files.createDirectories(Path.of("target")).resolve("dispatch-slip-long.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("cấp cho ông Trần Văn Đức", "số 60 cấp", "Tổng cộng: 60 giấy tờ, 60 bản.",
                    "trang 1/" + document.getNumberOfPages(), "trang 2/" + document.getNumberOfPages());
            assertThat(text.split("Tên giấy tờ", -1)).hasSizeGreaterThan(2);
        }
    }

    @Test
    void charactersTheFontLacksDoNotBreakTheSlip() throws IOException {
        DispatchSlip slip = new DispatchSlip(new DispatchSlip.Party("Cơ quan 机关", "Địa chỉ\tdòng\n2", null),
                new DispatchSlip.Party("Lê Thị Hoa", null, "0987654321"), "EB2VN", "X-1", "1.1",
                List.of(new ResultDocument("Giấy phép", null, true)), List.of(), 1_250_000, LocalDate.parse("2026-06-01"));
        assertThat(text(renderer.render(slip))).contains("Cơ quan ??", "Địa chỉ dòng 2", "Lê Thị Hoa", "1.250.000 ₫");
    }

    @Test
    void formatsDong() {
        assertThat(VndFormat.format(50_000)).isEqualTo("50.000 ₫");
        assertThat(VndFormat.format(0)).isEqualTo("0 ₫");
        assertThat(VndFormat.format(1_234_567)).isEqualTo("1.234.567 ₫");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
