package vn.resultpost.gateway.deadline;

import java.time.OffsetDateTime;

/**
 * What decides a delivery deadline.
 *
 * @param pickedUpAt           when the postal worker took the result from the agency (any offset; counted in
 *                             Asia/Ho_Chi_Minh)
 * @param senderProvinceCode   the agency's 2025 province code
 * @param receiverProvinceCode the applicant's 2025 province code
 * @param sameFormerDistrict   true when sender and receiver are known to lie in the same pre-2025 district;
 *                             null or false when unknown or not
 * @param appointmentSlip      true when an appointment slip (giấy hẹn) travels too: the deadline doubles
 * @param sameDayProcedure     true for a procedure whose result is due the same day: delivered immediately
 */
public record DeadlineRequest(OffsetDateTime pickedUpAt, String senderProvinceCode, String receiverProvinceCode,
                              Boolean sameFormerDistrict, boolean appointmentSlip, boolean sameDayProcedure) {
}
