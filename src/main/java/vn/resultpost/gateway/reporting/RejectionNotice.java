package vn.resultpost.gateway.reporting;

import java.time.Instant;
import vn.resultpost.gateway.intake.Channel;
import vn.resultpost.gateway.intake.IntakeProblem;

/**
 * The message on the rejections queue: a submission a queued input channel refused, to be reported back to
 * the agency's dossier system.
 *
 * @param agencyCode  the agency the refused body names (one the gateway knows)
 * @param dossierCode the dossier code as the body gives it (may be null or invalid)
 * @param channel     the channel it came in by
 * @param problem     why it was refused
 * @param rejectedAt  when
 */
public record RejectionNotice(String agencyCode, String dossierCode, Channel channel, IntakeProblem problem,
                              Instant rejectedAt) {
}
