package vn.ocop.workflow.evaluation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The provincial council's own working rules. QĐ 26/2026/QĐ-TTg Art. 7.3.b and 7.3.d leave them to the
 * council's regulation (Quy chế hoạt động), so each province sets them ({@code ocop.council.*}); the defaults are
 * the common rules used so far: 75 % of the members with the chair present, re-scoring when totals are more than
 * 10 points apart, more than half of the present members for a missed minimum or a disqualification, and no limit
 * on re-scoring rounds (0). See docs/legal-readings.md, point 9.
 */
@Component
class CouncilRules {

  /** The defaults, for unit tests of the tally. */
  static final CouncilRules DEFAULT = new CouncilRules(75, true, 10, 50, 0);

  private final int quorumPercent;
  private final boolean chairRequired;
  private final int maxSpread;
  private final int majorityPercent;
  private final int maxScoringRounds;

  CouncilRules(@Value("${ocop.council.quorum-percent:75}") int quorumPercent,
      @Value("${ocop.council.chair-required:true}") boolean chairRequired,
      @Value("${ocop.council.max-spread:10}") int maxSpread,
      @Value("${ocop.council.majority-percent:50}") int majorityPercent,
      @Value("${ocop.council.max-scoring-rounds:0}") int maxScoringRounds) {
    require(quorumPercent > 50 && quorumPercent <= 100, "ocop.council.quorum-percent must be 51..100");
    require(maxSpread >= 0 && maxSpread <= 100, "ocop.council.max-spread must be 0..100");
    require(majorityPercent >= 50 && majorityPercent < 100, "ocop.council.majority-percent must be 50..99");
    require(maxScoringRounds >= 0, "ocop.council.max-scoring-rounds must be 0 (no limit) or more");
    this.quorumPercent = quorumPercent;
    this.chairRequired = chairRequired;
    this.maxSpread = maxSpread;
    this.majorityPercent = majorityPercent;
    this.maxScoringRounds = maxScoringRounds;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  boolean quorum(int present, int members, boolean chairPresent) {
    return (chairPresent || !chairRequired) && present * 100 >= members * quorumPercent;
  }

  /** More than {@code majorityPercent} % of the present members. */
  boolean majority(long count, int present) {
    return count * 100 > (long) present * majorityPercent;
  }

  /** Index, in the descending list of the present members' values, of the one a majority reaches. */
  int majorityIndex(int present) {
    return present * majorityPercent / 100;
  }

  /** Whether a diverging round may still be scored again (round is the one just counted). */
  boolean mayRescoreAfter(int round) {
    return maxScoringRounds == 0 || round < maxScoringRounds;
  }

  int quorumPercent() {
    return quorumPercent;
  }

  boolean chairRequired() {
    return chairRequired;
  }

  int maxSpread() {
    return maxSpread;
  }
}
