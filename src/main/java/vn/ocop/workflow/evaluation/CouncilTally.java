package vn.ocop.workflow.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * The count of one scoring round under the province's {@link CouncilRules} (the decision leaves them to each
 * council's quy chế; defaults: at least 75% of the members present, the chair among them; totals more than 10
 * points apart call for a re-scoring; a per-star minimum counts as met, and the dossier is disqualified, when more
 * than half of the present members say so). The score is the arithmetic mean of the present members' totals
 * (2 decimals, half up).
 */
record CouncilTally(int memberCount, int presentCount, boolean chairPresent, BigDecimal average,
    BigDecimal spread, Integer minimaCapStars, boolean disqualified, CouncilRules rules) {

  static CouncilTally of(List<ScoreSheetRow> sheets) {
    return of(sheets, CouncilRules.DEFAULT);
  }

  /** The count under the province's council rules (Art. 7.3.b, d QĐ 26/2026/QĐ-TTg: the council's quy chế). */
  static CouncilTally of(List<ScoreSheetRow> sheets, CouncilRules rules) {
    List<ScoreSheetRow> present = sheets.stream()
        .filter(sheet -> Boolean.FALSE.equals(sheet.absent) && sheet.total != null).toList();
    boolean chairPresent = present.stream().anyMatch(sheet -> sheet.chair);
    if (present.isEmpty()) {
      return new CouncilTally(sheets.size(), 0, false, null, null, null, false, rules);
    }
    int sum = present.stream().mapToInt(sheet -> sheet.total).sum();
    BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
    int max = present.stream().mapToInt(sheet -> sheet.total).max().orElse(0);
    int min = present.stream().mapToInt(sheet -> sheet.total).min().orElse(0);
    // the highest cap that more than half of the present members reach
    List<Integer> capsDescending = present.stream().map(sheet -> sheet.minimaCapStars)
        .sorted(Comparator.reverseOrder()).toList();
    Integer cap = capsDescending.get(rules.majorityIndex(present.size()));
    long disqualifying = present.stream().filter(sheet -> Boolean.TRUE.equals(sheet.disqualifiedOpinion)).count();
    return new CouncilTally(sheets.size(), present.size(), chairPresent, average,
        BigDecimal.valueOf(max - min).setScale(2), cap, rules.majority(disqualifying, present.size()), rules);
  }

  boolean quorumMet() {
    return rules.quorum(presentCount, memberCount, chairPresent);
  }

  boolean diverges() {
    return spread != null && spread.compareTo(BigDecimal.valueOf(rules.maxSpread())) > 0;
  }

  /** What the officers read about this round, in Vietnamese. */
  String summary(int round) {
    String attendance = "Lượt chấm " + round + ": " + presentCount + "/" + memberCount + " thành viên chấm điểm"
        + (chairPresent ? " (có Chủ tịch Hội đồng)" : " (vắng Chủ tịch Hội đồng)");
    if (!quorumMet()) {
      return attendance + ". Chưa đủ điều kiện: cần ít nhất " + rules.quorumPercent() + "% thành viên"
          + (rules.chairRequired() ? ", trong đó có Chủ tịch Hội đồng" : "") + "; cần triệu tập lại Hội đồng.";
    }
    String scores = attendance + "; điểm trung bình " + average.toPlainString() + "; chênh lệch giữa các thành viên "
        + spread.stripTrailingZeros().toPlainString() + " điểm";
    return diverges()
        ? scores + ". Chênh lệch quá " + rules.maxSpread() + " điểm" + (rules.mayRescoreAfter(round)
            ? ": Hội đồng thảo luận và chấm lại." : "; đã hết số lượt chấm lại theo quy chế: lấy điểm trung bình lượt này.")
        : scores + ".";
  }
}
