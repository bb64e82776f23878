package vn.resultpost.gateway.dispatch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/** Renders a {@link DispatchSlip} as a printable A4 PDF (phiếu gửi) with an embedded Vietnamese font. */
@Component
public class DispatchSlipRenderer {

    private final byte[] regularFont = resource("/fonts/DejaVuSans.ttf");
    private final byte[] boldFont = resource("/fonts/DejaVuSans-Bold.ttf");

    /** The slip as PDF bytes; one page unless the document list needs more. */
    public byte[] render(DispatchSlip slip) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = PDType0Font.load(document, new ByteArrayInputStream(regularFont), true);
            PDFont bold = PDType0Font.load(document, new ByteArrayInputStream(boldFont), true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Phiếu gửi " + slip.waybill() + " — hồ sơ " + slip.dossierCode());
            info.setCreator("Result-by-post gateway");
            try (SlipCanvas canvas = new SlipCanvas(document)) {
                new SlipLayout(canvas, regular, bold, slip).write();
            }
            SlipCanvas.footers(document, regular, "Phiếu gửi " + slip.waybill() + " · hồ sơ " + slip.dossierCode());
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the dispatch slip for " + slip.dossierCode(), e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DispatchSlipRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
