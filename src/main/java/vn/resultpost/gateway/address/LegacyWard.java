package vn.resultpost.gateway.address;

import java.util.List;

/**
 * A pre-2025 ward/commune as the source data knows it, with the 2025 wards it went into.
 *
 * @param code         the old five-digit ward code, or {@code null} where the source row had none
 * @param provinceName the old province name, e.g. {@code Thành phố Hà Nội}
 * @param districtName the old district name, e.g. {@code Quận Ba Đình}
 * @param wardName     the old ward name, e.g. {@code Phường Đội Cấn}
 * @param newWardCodes the 2025 ward codes; more than one when the old ward was split
 */
public record LegacyWard(String code, String provinceName, String districtName, String wardName,
                         List<String> newWardCodes) {

    public LegacyWard {
        newWardCodes = List.copyOf(newWardCodes);
    }

    /** Whether the old ward was split across several 2025 wards. */
    public boolean isSplit() {
        return newWardCodes.size() > 1;
    }
}
