package vn.resultpost.gateway.channel.batch;

import vn.resultpost.gateway.intake.IntakeProblem;

/**
 * One row of a batch file (a CSV record or an XML {@code result} element), translated to the JSON of
 * {@code POST /api/v1/results}.
 *
 * @param number      the row's number in the file, from 1 (the first data record, or the first result element)
 * @param json        the submission as JSON, or null when the row cannot be read at all
 * @param agencyCode  the agency the row names (as given), or null
 * @param dossierCode the dossier the row names (as given), or null
 * @param problem     why the row cannot be read (only when json is null)
 */
public record BatchRow(int number, String json, String agencyCode, String dossierCode, IntakeProblem problem) {
}
