package vn.ocop.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.dashboard.RoundRules.MinistryResult;
import vn.ocop.workflow.evaluation.EvaluationRounds;

/** Art. 5 QĐ 26/2026/QĐ-TTg: the rounds' cut-offs (EvaluationRounds); Art. 9: what the Ministry's evaluation comes to. */
class RoundRulesTest {

  @Test
  void aProvinceRoundTakesTheCommunesProposalsUpTo30AprilOr30October() {
    assertThat(EvaluationRounds.provinceRound(LocalDate.of(2026, 3, 1)).proposalCutOff())
        .isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(EvaluationRounds.provinceRound(LocalDate.of(2026, 5, 2)).proposalCutOff())
        .isEqualTo(LocalDate.of(2026, 10, 30));
    // proposed on 30/10 or later: round 1 of the next year
    assertThat(EvaluationRounds.provinceRound(LocalDate.of(2026, 11, 5)).proposalCutOff())
        .isEqualTo(LocalDate.of(2027, 4, 30));
  }

  @Test
  void aMinistryRoundTakesTheProvincesProposalsUpTo30JulyOr30January() {
    EvaluationRounds.Round first = EvaluationRounds.centralRound(LocalDate.of(2026, 7, 29));
    assertThat(first.deadline()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(first.proposalCutOff()).isEqualTo(LocalDate.of(2026, 7, 30));
    EvaluationRounds.Round second = EvaluationRounds.centralRound(LocalDate.of(2026, 8, 3));
    assertThat(second.deadline()).isEqualTo(LocalDate.of(2027, 3, 30));
    assertThat(second.proposalCutOff()).isEqualTo(LocalDate.of(2027, 1, 30));
  }

  @Test
  void aDossierSentToTheMinistryIsFiveStarsReturnedNotRecognisedOrWaiting() {
    assertThat(RoundRules.ministryResult("CERTIFIED", 5)).isEqualTo(MinistryResult.FIVE_STARS);
    assertThat(RoundRules.ministryResult("CERTIFIED", 4)).isEqualTo(MinistryResult.RETURNED_TO_PROVINCE);
    assertThat(RoundRules.ministryResult("NOT_RECOGNISED", 2)).isEqualTo(MinistryResult.NOT_RECOGNISED);
    assertThat(RoundRules.ministryResult("DISQUALIFIED", null)).isEqualTo(MinistryResult.NOT_RECOGNISED);
    assertThat(RoundRules.ministryResult("AT_COMMUNE", null)).isEqualTo(MinistryResult.PENDING);
  }

  @Test
  void aRoundPastItsLastDayIsOverdueWhileDossiersWait() {
    assertThat(RoundRules.roundState(0, 3)).isEqualTo("Đang diễn ra");
    assertThat(RoundRules.roundState(-1, 3)).isEqualTo("Quá hạn");
    assertThat(RoundRules.roundState(-1, 0)).isEqualTo("Đã xong");
  }
}
