package vn.ocop.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The count of a scoring round (the provincial council's rules): quorum of 75 % with the chair, the mean
 * of the present members' totals, the spread that calls for re-scoring, the minima cap and
 * disqualification by majority.
 */
class CouncilTallyTest {

  final List<ScoreSheetRow> sheets = new ArrayList<>();

  CouncilTallyTest sheet(boolean chair, Integer total, Integer cap, boolean disqualifies) {
    ScoreSheetRow sheet = new ScoreSheetRow();
    sheet.memberId = "member" + sheets.size();
    sheet.chair = chair;
    sheet.absent = total == null;
    sheet.total = total;
    sheet.minimaCapStars = cap;
    sheet.disqualifiedOpinion = disqualifies;
    sheets.add(sheet);
    return this;
  }

  @Test
  void theScoreIsTheMeanOfThePresentMembersRoundedHalfUp() {
    sheet(true, 75, 5, false).sheet(false, 76, 5, false).sheet(false, 76, 5, false).sheet(false, null, null, false);
    CouncilTally tally = CouncilTally.of(sheets);
    assertThat(tally.quorumMet()).isTrue();
    assertThat(tally.average()).isEqualByComparingTo("75.67");
    assertThat(tally.spread()).isEqualByComparingTo("1");
    assertThat(tally.diverges()).isFalse();
    assertThat(tally.summary(1)).contains("3/4 thành viên", "điểm trung bình 75.67");
  }

  @Test
  void withoutTheChairOrThreeQuartersOfTheMembersTheRoundDoesNotCount() {
    sheet(true, null, null, false).sheet(false, 80, 5, false).sheet(false, 80, 5, false).sheet(false, 80, 5, false);
    assertThat(CouncilTally.of(sheets).quorumMet()).as("chair absent").isFalse();
    sheets.clear();
    sheet(true, 80, 5, false).sheet(false, 80, 5, false).sheet(false, null, null, false).sheet(false, null, null, false);
    CouncilTally half = CouncilTally.of(sheets);
    assertThat(half.quorumMet()).as("2 of 4").isFalse();
    assertThat(half.summary(2)).contains("cần triệu tập lại Hội đồng");
  }

  @Test
  void totalsMoreThanTenPointsApartCallForRescoring() {
    sheet(true, 60, 5, false).sheet(false, 71, 5, false).sheet(false, 65, 5, false);
    CouncilTally tally = CouncilTally.of(sheets);
    assertThat(tally.diverges()).isTrue();
    assertThat(tally.summary(1)).contains("chấm lại");
    sheets.clear();
    sheet(true, 60, 5, false).sheet(false, 70, 5, false).sheet(false, 65, 5, false);
    assertThat(CouncilTally.of(sheets).diverges()).as("exactly ten apart").isFalse();
  }

  @Test
  void aMinimumCountsAsMetWhenMoreThanHalfOfThePresentMembersFoundItMet() {
    sheet(true, 80, 2, false).sheet(false, 80, 5, false).sheet(false, 80, 4, false);
    assertThat(CouncilTally.of(sheets).minimaCapStars()).isEqualTo(4);
    sheets.clear();
    sheet(true, 80, 2, false).sheet(false, 80, 2, false).sheet(false, 80, 5, false);
    assertThat(CouncilTally.of(sheets).minimaCapStars()).isEqualTo(2);
  }

  @Test
  void theDossierIsDisqualifiedOnlyByAMajorityOfThePresentMembers() {
    sheet(true, 80, 5, true).sheet(false, 80, 5, false).sheet(false, 80, 5, false).sheet(false, 80, 5, true);
    assertThat(CouncilTally.of(sheets).disqualified()).as("2 of 4").isFalse();
    sheets.get(1).disqualifiedOpinion = true;
    assertThat(CouncilTally.of(sheets).disqualified()).as("3 of 4").isTrue();
  }

  @Test
  void noMemberPresentGivesNoScore() {
    sheet(true, null, null, false).sheet(false, null, null, false);
    CouncilTally tally = CouncilTally.of(sheets);
    assertThat(tally.presentCount()).isZero();
    assertThat(tally.average()).isNull();
    assertThat(tally.quorumMet()).isFalse();
  }

  /** Art. 7.3.b, d QĐ 26/2026/QĐ-TTg: quorum, spread and majority are the council's quy chế, a province setting. */
  @Test
  void aProvinceSetsItsCouncilsQuorumSpreadAndMajority() {
    CouncilRules twoThirdsNoChairSpread15Majority66 = new CouncilRules(66, false, 15, 66, 0);
    sheet(true, null, null, false).sheet(false, 60, 5, true).sheet(false, 74, 4, true);
    assertThat(CouncilTally.of(sheets).quorumMet()).as("default: chair and 75 %").isFalse();
    CouncilTally tally = CouncilTally.of(sheets, twoThirdsNoChairSpread15Majority66);
    assertThat(tally.quorumMet()).as("2 of 3 without the chair").isTrue();
    assertThat(tally.diverges()).as("14 apart, limit 15").isFalse();
    assertThat(tally.disqualified()).as("2 of 2 > 66 %").isTrue();
    sheets.clear();
    sheet(true, 70, 5, true).sheet(false, 70, 5, true).sheet(false, 70, 5, false);
    assertThat(CouncilTally.of(sheets).disqualified()).as("2 of 3 > 50 %").isTrue();
    assertThat(CouncilTally.of(sheets, twoThirdsNoChairSpread15Majority66).disqualified()).as("2 of 3 = 66.7 %")
        .isTrue();
    assertThat(CouncilTally.of(sheets, new CouncilRules(75, true, 10, 70, 0)).disqualified()).as("2 of 3 < 70 %")
        .isFalse();
  }

  /** Art. 7.3.d QĐ 26/2026/QĐ-TTg: the re-scoring loop ends after the rounds the province's quy chế allows. */
  @Test
  void theRescoringEndsAfterTheRoundsTheProvinceAllows() {
    CouncilRules threeRounds = new CouncilRules(75, true, 10, 50, 3);
    sheet(true, 60, 5, false).sheet(false, 75, 5, false).sheet(false, 65, 5, false);
    CouncilTally tally = CouncilTally.of(sheets, threeRounds);
    assertThat(threeRounds.mayRescoreAfter(2)).isTrue();
    assertThat(threeRounds.mayRescoreAfter(3)).isFalse();
    assertThat(CouncilRules.DEFAULT.mayRescoreAfter(30)).as("default: no limit").isTrue();
    assertThat(tally.summary(3)).contains("đã hết số lượt chấm lại");
    assertThat(tally.summary(2)).contains("chấm lại.");
  }

  @Test
  void anImpossibleCouncilSettingStopsTheApplicationWithAClearMessage() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CouncilRules(40, true, 10, 50, 0))
        .hasMessageContaining("ocop.council.quorum-percent");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CouncilRules(75, true, 10, 50, -1))
        .hasMessageContaining("ocop.council.max-scoring-rounds");
  }
}
