package vn.resultpost.gateway.dispatch;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Makes text safe to show in a font: NFC, controls as spaces, characters the font lacks as '?'. */
final class GlyphFilter {

    private GlyphFilter() {
    }

    /** NFC text with controls as spaces and characters the font lacks as '?' ({@code known}: a cache). */
    static String clean(PDFont font, String text, Map<String, Boolean> known) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder();
        nfc.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                sb.append(' ');
            } else if (known.computeIfAbsent(font.getName() + ':' + cp, k -> canEncode(font, cp))) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
