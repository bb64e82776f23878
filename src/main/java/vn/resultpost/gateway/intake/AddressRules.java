package vn.resultpost.gateway.intake;

import static vn.resultpost.gateway.intake.FieldChecks.matches;
import static vn.resultpost.gateway.intake.FieldChecks.maxLength;
import static vn.resultpost.gateway.intake.FieldChecks.required;

import java.util.List;
import java.util.regex.Pattern;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.canonical.Address;
import vn.resultpost.gateway.canonical.Violation;

/** The address rules: a 2025 province and a ward of that province, or only a street line while the ward is pending. */
final class AddressRules {

    static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");
    static final Pattern WARD = Pattern.compile("[0-9]{5}");

    private final AdministrativeUnits units;

    /** @param units the 2025 administrative units the address must use */
    AddressRules(AdministrativeUnits units) {
        this.units = units;
    }

    /** Adds the violations of the address; with {@code wardPending} it may lack its ward (held). */
    void check(List<Violation> v, Address a, boolean wardPending) {
        if (a == null) {
            v.add(new Violation("address", "is required"));
            return;
        }
        if (wardPending) {
            if (required(v, "address.streetLine", a.streetLine())) {
                maxLength(v, "address.streetLine", a.streetLine(), 200);
            }
            return;
        }
        boolean province = required(v, "address.provinceCode", a.provinceCode())
                && matches(v, "address.provinceCode", a.provinceCode(), PROVINCE, "must be a 2-digit province code");
        if (province && units.province(a.provinceCode()).isEmpty()) {
            v.add(new Violation("address.provinceCode", "is not one of the 34 provinces of 2025"));
            province = false;
        }
        if (required(v, "address.wardCode", a.wardCode())
                && matches(v, "address.wardCode", a.wardCode(), WARD, "must be a 5-digit ward/commune code")) {
            wardInProvince(v, a, province);
        }
        if (required(v, "address.streetLine", a.streetLine())) {
            maxLength(v, "address.streetLine", a.streetLine(), 200);
        }
    }

    private void wardInProvince(List<Violation> v, Address a, boolean provinceKnown) {
        var ward = units.ward(a.wardCode());
        if (ward.isEmpty()) {
            v.add(new Violation("address.wardCode", "is not a 2025 ward/commune code (give the code after the "
                    + "1 July 2025 reform)"));
        } else if (provinceKnown && !ward.get().provinceCode().equals(a.provinceCode())) {
            v.add(new Violation("address.wardCode", "belongs to province " + ward.get().provinceCode() + ", not "
                    + a.provinceCode()));
        }
    }
}
