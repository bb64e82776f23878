package vn.resultpost.gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.resultpost.gateway.canonical.ShipmentStatus;
import vn.resultpost.gateway.canonical.StatusReport;
import vn.resultpost.gateway.canonical.Violation;
import vn.resultpost.gateway.intake.Channel;
import vn.resultpost.gateway.intake.IntakeProblem;

/** The REJECTED status report a dossier system gets for a refused submission. */
class RejectionReportBuilderTest {

    private static final Instant AT = Instant.parse("2026-11-28T03:15:00Z");

    @Test
    void reportIsRejectedStatusNineWithoutShipmentAndNamesEachBadField() {
        StatusReport report = RejectionReportBuilder.build(new RejectionNotice("000.00.12.H26", "000.00.12.H26-261128-0001",
                Channel.JMS, IntakeProblem.invalid(List.of(new Violation("applicant.phone", "must be a Vietnamese phone number"),
                        new Violation("address.wardCode", "is not a ward of province 01"))), AT));

        assertThat(report.agencyCode()).isEqualTo("000.00.12.H26");
        assertThat(report.dossierCode()).isEqualTo("000.00.12.H26-261128-0001");
        assertThat(report.status()).isEqualTo(ShipmentStatus.REJECTED);
        assertThat(report.dossierStatusCode()).isEqualTo("9");
        assertThat(report.shipmentId()).isNull();
        assertThat(report.sequence()).isZero();
        assertThat(report.waybill()).isNull();
        assertThat(report.occurredAt()).isEqualTo(AT);
        assertThat(report.description()).isEqualTo("Refused at intake (JMS): applicant.phone: must be a Vietnamese "
                + "phone number; address.wardCode: is not a ward of province 01");
    }

    @Test
    void aRefusalNotAboutFieldsGivesItsDetailAndTheChannel() {
        StatusReport report = RejectionReportBuilder.build(new RejectionNotice("000.00.15.H26", null, Channel.BATCH,
                IntakeProblem.forbidden("Agency 000.00.15.H26 does not hand results over BATCH"), AT));
        assertThat(report.description()).isEqualTo(
                "Refused at intake (BATCH): Agency 000.00.15.H26 does not hand results over BATCH");
        assertThat(report.dossierCode()).isNull();
    }

    @Test
    void aVeryLongDescriptionIsCut() {
        List<Violation> many = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> new Violation("documents[" + i + "].title", "must not be blank")).toList();
        String description = RejectionReportBuilder.build(new RejectionNotice("000.00.12.H26", "d", Channel.POLLING,
                IntakeProblem.invalid(many), AT)).description();
        assertThat(description).hasSize(RejectionReportBuilder.MAX_DESCRIPTION).startsWith("Refused at intake (POLLING): ")
                .endsWith("…");
    }
}
