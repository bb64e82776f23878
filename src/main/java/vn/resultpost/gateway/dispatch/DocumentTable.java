package vn.resultpost.gateway.dispatch;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.resultpost.gateway.canonical.ResultDocument;

/** The numbered document list: title, copies, original or copy; the header repeats on a new page. */
final class DocumentTable {

    private DocumentTable() {
    }

    static void write(SlipCanvas c, PDFont regular, PDFont bold, List<ResultDocument> documents) throws IOException {
        float[] widths = {30, c.width() - 30 - 50 - 80, 50, 80};
        c.ensureSpace(60);
        c.text(bold, 10, c.left(), c.y() - 10, "DANH MỤC GIẤY TỜ TRONG BƯU GỬI");
        c.down(16);
        row(c, bold, widths, List.of("STT"), List.of("Tên giấy tờ"), "Số bản", "Loại bản", true);
        int copies = 0;
        for (int i = 0; i < documents.size(); i++) {
            ResultDocument d = documents.get(i);
            int n = d.copies() == null ? 1 : d.copies();
            copies += n;
            List<String> title = c.wrap(regular, 10, widths[1] - 8, d.title());
            if (c.ensureSpace(title.size() * 13 + 8)) {
                row(c, bold, widths, List.of("STT"), List.of("Tên giấy tờ"), "Số bản", "Loại bản", true);
            }
            row(c, regular, widths, List.of(String.valueOf(i + 1)), title, String.valueOf(n),
                    d.original() ? "Bản chính" : "Bản sao", false);
        }
        c.text(regular, 9, c.left(), c.y() - 12, "Tổng cộng: " + documents.size() + " giấy tờ, " + copies + " bản.");
        c.down(24);
    }

    private static void row(SlipCanvas c, PDFont font, float[] widths, List<String> number, List<String> title,
                            String copies, String kind, boolean header) throws IOException {
        float height = Math.max(number.size(), title.size()) * 13 + 8;
        float x = c.left();
        if (header) {
            c.shade(x, c.y(), c.width(), height);
        }
        String[][] cells = {number.toArray(String[]::new), title.toArray(String[]::new), {copies}, {kind}};
        for (int col = 0; col < 4; col++) {
            c.box(x, c.y(), widths[col], height);
            for (int l = 0; l < cells[col].length; l++) {
                c.text(font, 10, x + 4, c.y() - 14 - l * 13, cells[col][l]);
            }
            x += widths[col];
        }
        c.down(height);
    }
}
