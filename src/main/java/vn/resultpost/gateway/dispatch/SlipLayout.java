package vn.resultpost.gateway.dispatch;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** One slip laid out on its pages, top to bottom: header and barcode, parties, documents, papers, signatures. */
record SlipLayout(SlipCanvas c, PDFont regular, PDFont bold, DispatchSlip slip) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float GAP = 10;

    void write() throws IOException {
        header();
        parties();
        DocumentTable.write(c, regular, bold, slip.documents());
        papersAndMoney();
        signatures();
    }

    private void header() throws IOException {
        c.centered(bold, 18, c.left(), c.width(), c.y() - 18, "PHIẾU GỬI");
        c.centered(regular, 9.5f, c.left(), c.width(), c.y() - 33,
                "Kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích");
        c.centered(regular, 7.5f, c.left(), c.width(), c.y() - 44,
                "(Quyết định 45/2016/QĐ-TTg; Thông tư 17/2017/TT-BTTTT)");
        c.down(58);
        float top = c.y();
        c.text(regular, 9, c.left(), top - 10, "Số hiệu bưu gửi:");
        c.text(bold, 15, c.left(), top - 28, slip.waybill());
        c.text(regular, 10, c.left(), top - 46, "Mã hồ sơ: " + slip.dossierCode());
        c.text(regular, 10, c.left(), top - 60, "Mã thủ tục: " + slip.procedureCode());
        c.text(regular, 10, c.left(), top - 74, "Ngày gửi: " + DATE.format(slip.date()));
        Code128 barcode = new Code128(slip.waybill());
        float barWidth = 250;
        float module = barcode.moduleWidthFor(barWidth, 1.6f);
        float x = c.right() - barcode.width(module);
        barcode.draw(c.stream(), x, top - 58, module, 54);
        c.centered(regular, 10, x, barcode.width(module), top - 72, slip.waybill());
        c.down(88);
    }

    private void parties() throws IOException {
        float w = (c.width() - GAP) / 2;
        List<String> left = partyLines(slip.sender(), w);
        List<String> right = partyLines(slip.receiver(), w);
        float height = 22 + Math.max(left.size(), right.size()) * 13 + 6;
        c.ensureSpace(height);
        party("NGƯỜI GỬI — Cơ quan giải quyết thủ tục", left, c.left(), w, height);
        party("NGƯỜI NHẬN — Người nộp hồ sơ", right, c.left() + w + GAP, w, height);
        c.down(height + 14);
    }

    private List<String> partyLines(DispatchSlip.Party party, float width) throws IOException {
        List<String> lines = new ArrayList<>(c.wrap(bold, 10, width - 12, nonNull(party.name())));
        lines.addAll(c.wrap(regular, 10, width - 12, "Địa chỉ: " + nonNull(party.address())));
        lines.add("Điện thoại: " + nonNull(party.phone()));
        return lines;
    }

    private void party(String title, List<String> lines, float x, float w, float height) throws IOException {
        float top = c.y();
        c.shade(x, top, w, 18);
        c.box(x, top, w, height);
        c.text(bold, 9, x + 6, top - 13, title);
        for (int i = 0; i < lines.size(); i++) {
            c.text(i == 0 ? bold : regular, 10, x + 6, top - 33 - i * 13, lines.get(i));
        }
    }

    private void papersAndMoney() throws IOException {
        List<String> papers = slip.papersToTakeBack();
        c.ensureSpace(40 + papers.size() * 13);
        c.text(bold, 10, c.left(), c.y() - 10, "GIẤY TỜ THU LẠI TỪ NGƯỜI NHẬN ĐỂ NỘP CHO CƠ QUAN:");
        c.down(16);
        if (papers.isEmpty()) {
            c.text(regular, 10, c.left() + 12, c.y() - 10, "Không có.");
            c.down(14);
        }
        for (int i = 0; i < papers.size(); i++) {
            for (String line : c.wrap(regular, 10, c.width() - 30, (i + 1) + ". " + papers.get(i))) {
                c.ensureSpace(14);
                c.text(regular, 10, c.left() + 12, c.y() - 10, line);
                c.down(13);
            }
        }
        c.ensureSpace(60);
        c.down(8);
        c.text(bold, 11, c.left(), c.y() - 11, "SỐ TIỀN THU HỘ KHI PHÁT (phí, lệ phí): " + VndFormat.format(slip.codAmount()));
        c.text(regular, 8, c.left(), c.y() - 26, "Hai bên đã kiểm đếm đủ các giấy tờ nêu trên; bưu gửi được niêm phong trước mặt cán bộ cơ quan.");
        c.text(regular, 8, c.left(), c.y() - 37, "Khi nhận: người nhận xuất trình CCCD/CMND/hộ chiếu; người nhận thay xuất trình thêm giấy ủy quyền.");
        c.down(52);
    }

    private void signatures() throws IOException {
        float height = 120;
        c.ensureSpace(height);
        float w = (c.width() - 2 * GAP) / 3;
        String[] titles = {"CÁN BỘ CƠ QUAN GIAO", "NHÂN VIÊN BƯU CHÍNH", "NGƯỜI NHẬN"};
        String[] dates = {"Ngày " + DATE.format(slip.date()) + "  Giờ ....", "Ngày ..../..../......  Giờ ....",
                "Ngày ..../..../......  Giờ ...."};
        for (int i = 0; i < 3; i++) {
            float x = c.left() + i * (w + GAP);
            c.box(x, c.y(), w, height);
            c.centered(bold, 9.5f, x, w, c.y() - 15, titles[i]);
            c.centered(regular, 8, x, w, c.y() - 27, "(Ký, ghi rõ họ tên)");
            c.centered(regular, 8, x, w, c.y() - height + 8, dates[i]);
        }
        c.down(height);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
