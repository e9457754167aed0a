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

  @ParameterizedTest(name = "{0} stars re-evaluated at {1} → {2} {3} {4}, certificate of {5} stars")
  @CsvSource({
      "3, 1, false, NOT_RENEWED, PROVINCE,", "3, 2, false, NOT_RENEWED, PROVINCE,",
      "3, 3, true, RENEW, PROVINCE, 3", "3, 4, true, RENEW, PROVINCE, 3", "3, 5, true, RENEW, PROVINCE, 3",
      "4, 1, false, NOT_RENEWED, PROVINCE,", "4, 2, false, NOT_RENEWED, PROVINCE,",
      "4, 3, true, RERANK, PROVINCE, 3", "4, 4, true, RENEW, PROVINCE, 4", "4, 5, true, RENEW, PROVINCE, 4",
      "5, 1, false, NOT_RENEWED, PROVINCE,", "5, 2, false, NOT_RENEWED, PROVINCE,",
      "5, 3, true, RERANK, PROVINCE, 3", "5, 4, true, RERANK, PROVINCE, 4", "5, 5, true, RENEW, CENTRAL, 5"})
  void everyPairOfStarsHasExactlyOneOutcome(int current, int renewed, boolean certificateRenewed, String outcome,
      String level, Integer grantedStars) {
    DmnDecisionResult result = FILE.evaluate("reEvaluationOutcome", "currentStars", current, "newStars", renewed);
    assertThat(result.getResultList()).hasSize(1);
    DmnDecisionResultEntries entries = result.getSingleResult();
    assertThat(entries.get("certificateRenewed")).isEqualTo(certificateRenewed);
    assertThat(entries.get("outcome")).isEqualTo(outcome);
    assertThat(entries.get("recognitionLevel")).isEqualTo(level);
    assertThat(entries.get("grantedStars") == null ? null : ((Number) entries.get("grantedStars")).intValue())
        .isEqualTo(grantedStars);
  }

  /** Art. 7.5 and 6.1.b QĐ 26/2026/QĐ-TTg (upgrade dossier), Art. 4.1.b (5★ is the Ministry's). */
  @Test
  void aReEvaluationNeverRaisesTheRankNorGivesAFiveStarCertificateToALowerProduct() {
    for (int current = 3; current <= 4; current++) {
      for (int proposed = current + 1; proposed <= 5; proposed++) {
        DmnDecisionResultEntries entries = FILE.evaluate("reEvaluationOutcome", "currentStars", current,
            "newStars", proposed).getSingleResult();
        assertThat(((Number) entries.get("grantedStars")).intValue()).isEqualTo(current);
        assertThat(entries.<String>getEntry("recognitionLevel")).isEqualTo("PROVINCE");
      }
    }
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

  /** Art. 12.3 QĐ 26/2026/QĐ-TTg, our reading: certificates whose 120-day limit had passed on 22/5/2026. */
  @ParameterizedTest(name = "valid until {0} → late dossier accepted {1}")
  @CsvSource({"2026-05-21, false", "2026-05-22, true", "2026-08-01, true", "2026-09-18, true", "2026-09-19, false",
      "2029-01-15, false"})
  void onlyCertificatesWhoseWindowClosedBeforeTheDecisionCameIntoForceAreExtended(String validUntil, boolean late) {
    java.util.Date day = java.util.Date.from(java.time.LocalDate.parse(validUntil)
        .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    assertThat(FILE.evaluate("article12Extension", "validUntil", day).getSingleResult()
        .<Boolean>getEntry("lateDossierAccepted")).isEqualTo(late);
  }

  @Test
  void theArticle12TableIsDocumentedForPolicyStaff() {
    FILE.assertDocumentedForModeler("article12Extension", "QĐ");
  }
}
