package vn.resultpost.gateway.operator.soap;

import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.child;
import static vn.resultpost.gateway.operator.soap.SoapOperatorXml.text;

import java.util.Set;
import org.w3c.dom.Element;
import vn.resultpost.gateway.support.PersonalDataMasker;

/**
 * Pure: a SOAP 1.1 Fault element as the reason of a Retryable outcome: fault code, fault string and the
 * contract's OperatorFault detail, personal numbers masked; a WS-Security refusal names the credentials.
 */
final class SoapFaultReason {

    /** WS-Security fault codes (WSS 1.1 section 12; CXF/WSS4J answers the generic SecurityError). */
    private static final Set<String> SECURITY_FAULTS = Set.of("SecurityError", "FailedAuthentication",
            "InvalidSecurity", "InvalidSecurityToken", "FailedCheck", "SecurityTokenUnavailable", "MessageExpired",
            "UnsupportedSecurityToken");
    private static final PersonalDataMasker MASKER = new PersonalDataMasker();

    private SoapFaultReason() {
    }

    static String of(Element fault) {
        String code = String.valueOf(text(fault, "faultcode"));
        // The operator's text may echo a value it refused (a phone number...): masked, as it ends up in the log.
        String string = MASKER.mask(String.valueOf(text(fault, "faultstring")));
        Element operatorFault = child(child(fault, "detail"), "OperatorFault");
        String detail = operatorFault == null ? "" : " [" + text(operatorFault, "code") + ": "
                + MASKER.mask(text(operatorFault, "message")) + "]";
        if (SECURITY_FAULTS.contains(code.substring(code.indexOf(':') + 1))) {
            return "generic-soap refused the gateway's WS-Security credentials (SOAP fault " + code + ": " + string
                    + "): check gateway.operators.generic-soap.username/password/password-type";
        }
        return "SOAP fault " + code + ": " + string + detail;
    }
}
