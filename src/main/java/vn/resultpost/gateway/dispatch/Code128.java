package vn.resultpost.gateway.dispatch;

import com.google.zxing.oned.Code128Writer;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws a Code 128 barcode (modules from ZXing's encoder) as filled rectangles on a PDF page. */
final class Code128 {

    private static final int QUIET_ZONE_MODULES = 10;

    private final boolean[] modules;

    Code128(String text) {
        this.modules = new Code128Writer().encode(text);
    }

    /** The barcode's width for a module width, quiet zones included. */
    float width(float moduleWidth) {
        return (modules.length + 2 * QUIET_ZONE_MODULES) * moduleWidth;
    }

    /** The largest module width (at most {@code max}) that fits the barcode into {@code width}. */
    float moduleWidthFor(float width, float max) {
        return Math.min(max, width / (modules.length + 2 * QUIET_ZONE_MODULES));
    }

    /** Draws the bars with their lower-left corner at (x, y), quiet zone included from x. */
    void draw(PDPageContentStream out, float x, float y, float moduleWidth, float height) throws IOException {
        float left = x + QUIET_ZONE_MODULES * moduleWidth;
        int i = 0;
        while (i < modules.length) {
            if (!modules[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < modules.length && modules[i]) {
                i++;
            }
            out.addRect(left + start * moduleWidth, y, (i - start) * moduleWidth, height);
        }
        out.fill();
    }
}
