package vn.ocop.workflow.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.workflow.testsupport.DmnFile;

/** Decision reEvaluationOutcome of dmn/ocopCertificate.dmn: every pair of current and re-evaluated stars. */
class ReEvaluationOutcomeDecisionTest {

  static final DmnFile FILE = new DmnFile("dmn/ocopCertificate.dmn");

  @ParameterizedTest(name = "{0} stars re-evaluated at {1} → {2} {3} {4}")
  @CsvSource({
      "3, 1, false, NOT_RENEWED, PROVINCE", "3, 2, false, NOT_RENEWED, PROVINCE",
      "3, 3, true, RENEW, PROVINCE", "3, 4, true, RERANK, PROVINCE", "3, 5, true, RERANK, CENTRAL",
      "4, 1, false, NOT_RENEWED, PROVINCE", "4, 2, false, NOT_RENEWED, PROVINCE",
      "4, 3, true, RERANK, PROVINCE", "4, 4, true, RENEW, PROVINCE", "4, 5, true, RERANK, CENTRAL",
      "5, 1, false, NOT_RENEWED, PROVINCE", "5, 2, false, NOT_RENEWED, PROVINCE",
      "5, 3, true, RERANK, PROVINCE", "5, 4, true, RERANK, PROVINCE", "5, 5, true, RENEW, CENTRAL"})
  void everyPairOfStarsHasExactlyOneOutcome(int current, int renewed, boolean certificateRenewed, String outcome,
      String level) {
    DmnDecisionResult result = FILE.evaluate("reEvaluationOutcome", "currentStars", current, "newStars", renewed);
    assertThat(result.getResultList()).hasSize(1);
    DmnDecisionResultEntries entries = result.getSingleResult();
    assertThat(entries.get("certificateRenewed")).isEqualTo(certificateRenewed);
    assertThat(entries.get("outcome")).isEqualTo(outcome);
    assertThat(entries.get("recognitionLevel")).isEqualTo(level);
  }

  @Test
  void theCouncilsStarsAsTasklistSubmitsThemAreReadAsNumbers() {
    assertThat(FILE.evaluate("reEvaluationOutcome", "currentStars", 4, "newStars", "3").getSingleResult()
        .<String>getEntry("outcome")).isEqualTo("RERANK");
  }

  @Test
  void starsOutsideOneToFiveMatchNothing() {
    assertThat(FILE.evaluate("reEvaluationOutcome", "currentStars", 4, "newStars", 0).getResultList()).isEmpty();
    assertThat(FILE.evaluate("reEvaluationOutcome", "currentStars", 4, "newStars", 6).getResultList()).isEmpty();
    assertThat(FILE.evaluate("reEvaluationOutcome", "currentStars", 2, "newStars", 4).getResultList()).isEmpty();
  }

  @Test
  void theTableIsDocumentedForPolicyStaff() {
    FILE.assertDocumentedForModeler("reEvaluationOutcome", "QĐ");
  }
}
