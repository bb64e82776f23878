package vn.resultpost.gateway.channel.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.resultpost.gateway.address.AdministrativeUnits;
import vn.resultpost.gateway.canonical.ResultKey;
import vn.resultpost.gateway.canonical.ResultSubmission;
import vn.resultpost.gateway.canonical.Shipment;
import vn.resultpost.gateway.dispatch.DispatchSlip;
import vn.resultpost.gateway.dispatch.DispatchSlipRenderer;
import vn.resultpost.gateway.intake.AgencyDirectory;
import vn.resultpost.gateway.security.AgencyAccess;
import vn.resultpost.gateway.store.ShipmentRepository;
import vn.resultpost.gateway.support.NotFoundException;

/**
 * GET …/dispatch-slip: the printable dispatch slip (phiếu gửi) of a shipment, as PDF. It shows the
 * applicant's data unmasked (the postal worker needs it), so every issue is logged with who asked.
 */
@Component("dispatchSlipApi")
public class DispatchSlipApi {

    private static final Logger log = LoggerFactory.getLogger(DispatchSlipApi.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ShipmentRepository shipments;
    private final AgencyDirectory agencies;
    private final AdministrativeUnits units;
    private final DispatchSlipRenderer renderer;
    private final AgencyAccess access;
    private final ObjectMapper json;

    public DispatchSlipApi(ShipmentRepository shipments, AgencyDirectory agencies, AdministrativeUnits units,
                           DispatchSlipRenderer renderer, AgencyAccess access, ObjectMapper json) {
        this.shipments = shipments;
        this.agencies = agencies;
        this.units = units;
        this.renderer = renderer;
        this.access = access;
        this.json = json;
    }

    public ApiReply render(@Header("agencyCode") String agencyCode, @Header("dossierCode") String dossierCode)
            throws JsonProcessingException {
        access.requireRead(agencyCode);
        Shipment s = shipments.find(new ResultKey(agencyCode, dossierCode))
                .orElseThrow(() -> new NotFoundException("No result " + dossierCode + " of agency " + agencyCode));
        if (s.waybill() == null) {
            return Problems.of(409, "no-waybill-yet", "No waybill yet",
                    "The operator has not issued a waybill for this result yet; try again shortly", Map.of());
        }
        ResultSubmission result = json.readValue(shipments.payload(s.id()).orElseThrow().json(),
                ResultSubmission.class);
        if (result.applicant() == null) {
            return Problems.of(410, "personal-data-erased", "Personal data erased",
                    "The shipment finished and its personal data was erased under the retention rule", Map.of());
        }
        byte[] pdf = renderer.render(DispatchSlip.of(agencies.sender(agencyCode), result, s.waybill(), result.papersToTakeBack(),
                LocalDate.now(VIETNAM), units::describe));
        log.info("Dispatch slip of {}/{} issued to {}", agencyCode, dossierCode,
                SecurityContextHolder.getContext().getAuthentication().getName());
        return new ApiReply(200, "application/pdf", pdf, null);
    }
}
