package vn.ocop.workflow.dashboard;

import vn.ocop.workflow.evaluation.EvaluationRounds;

/**
 * The rounds of Art. 5 QĐ 26/2026/QĐ-TTg as the dashboard shows them: each round's last day for proposals,
 * its state, and what became of a dossier the province proposed to the Ministry for 5 stars.
 */
final class RoundRules {

  /** What the Ministry's evaluation of a proposed dossier came to, read from the dossier's status and stars. */
  enum MinistryResult {
    FIVE_STARS("Bộ công nhận 5 sao"),
    RETURNED_TO_PROVINCE("Bộ trả về, tỉnh công nhận 3-4 sao"),
    NOT_RECOGNISED("Không được công nhận"),
    PENDING("Chờ kết quả của Bộ");

    final String vietnamese;

    MinistryResult(String vietnamese) {
      this.vietnamese = vietnamese;
    }
  }

  /**
   * A dossier the province sent to the Ministry (Art. 5.2, Art. 9): certified with 5 stars by the Minister,
   * certified with 3 or 4 by the province after the central council ranked it so, not recognised (ranked
   * below 3 stars or disqualified), or still waiting for the Ministry (any other status: the dossier keeps
   * the status it had until its outcome is recorded).
   */
  static MinistryResult ministryResult(String status, Integer starRank) {
    if ("CERTIFIED".equals(status) && starRank != null) {
      return starRank == 5 ? MinistryResult.FIVE_STARS : MinistryResult.RETURNED_TO_PROVINCE;
    }
    if ("NOT_RECOGNISED".equals(status) || "DISQUALIFIED".equals(status)) {
      return MinistryResult.NOT_RECOGNISED;
    }
    return MinistryResult.PENDING;
  }

  /** A round before its last day is under way; after it, finished, or overdue while dossiers wait. */
  static String roundState(long daysLeft, long waiting) {
    if (daysLeft >= 0) {
      return "Đang diễn ra";
    }
    return waiting > 0 ? "Quá hạn" : "Đã xong";
  }

  private RoundRules() {
  }
}
