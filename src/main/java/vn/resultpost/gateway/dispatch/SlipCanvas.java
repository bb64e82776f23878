package vn.resultpost.gateway.dispatch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A top-down writing surface over A4 pages: a cursor, text that wraps, boxes, and a new page when full. */
final class SlipCanvas implements AutoCloseable {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 36;

    private final PDDocument document;
    private final Map<String, Boolean> printable = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    SlipCanvas(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return PAGE.getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    /** The cursor: the top of the next thing to write. */
    float y() {
        return y;
    }

    void down(float dy) {
        y -= dy;
    }

    PDPageContentStream stream() {
        return out;
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin; true when it did. */
    boolean ensureSpace(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
            return true;
        }
        return false;
    }

    void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(clean(font, text));
        out.endText();
    }

    void centered(PDFont font, float size, float x, float width, float baseline, String text) throws IOException {
        text(font, size, x + (width - textWidth(font, size, text)) / 2, baseline, text);
    }

    float textWidth(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(clean(font, text)) / 1000 * size;
    }

    /** The text broken into lines no wider than {@code width} (a word too long for a line is cut). */
    List<String> wrap(PDFont font, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(font, text).split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(word);
            while (textWidth(font, size, line.toString()) > width && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && textWidth(font, size, line.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    void box(float x, float top, float width, float height) throws IOException {
        out.addRect(x, top - height, width, height);
        out.stroke();
    }

    void shade(float x, float top, float width, float height) throws IOException {
        out.setNonStrokingColor(0.9f);
        out.addRect(x, top - height, width, height);
        out.fill();
        out.setNonStrokingColor(0f);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Writes "label · trang i/N" at the foot of every page of a finished document. */
    static void footers(PDDocument document, PDFont font, String label) throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                foot.beginText();
                foot.setFont(font, 7.5f);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(GlyphFilter.clean(font, label + " · trang " + (i + 1) + "/" + total, new HashMap<>()));
                foot.endText();
            }
        }
    }

    private String clean(PDFont font, String text) {
        return GlyphFilter.clean(font, text, printable);
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        out.setLineWidth(0.6f);
        y = PAGE.getHeight() - MARGIN;
    }
}
