package vn.resultpost.gateway.dispatch;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Formats amounts in Vietnamese đồng the Vietnamese way: {@code 50.000 ₫}. */
public final class VndFormat {

    private VndFormat() {
    }

    public static String format(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0", symbols).format(amount) + " ₫";
    }
}
