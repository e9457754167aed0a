package vn.ocop.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static vn.ocop.workflow.evaluation.EvaluationDecisions.evaluate;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcopRegimeDecisionTest {

  private static DmnDecisionResult regimeFor(Object submissionDate) {
    return evaluate("ocopRegime", "submissionDate", submissionDate);
  }

  /** A java.util.Date at the given wall-clock time in the JVM's default time zone (Asia/Ho_Chi_Minh under Surefire). */
  private static Date receivedAt(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.systemDefault()).toInstant());
  }

  private static void assertRegime(DmnDecisionResult result, String regime, boolean districtStage) {
    assertThat(result.getResultList()).hasSize(1);
    DmnDecisionResultEntries entries = result.getSingleResult();
    assertThat((String) entries.getEntry("regime")).isEqualTo(regime);
    assertThat((Boolean) entries.getEntry("districtStage")).isEqualTo(districtStage);
  }

  @ParameterizedTest(name = "received {0} → {1}, district stage {2}")
  @CsvSource({
      "2015-06-01T09:00,        QD1048_2019, true",
      "2019-08-20T23:59,        QD1048_2019, true",
      "2019-08-21T00:00,        QD1048_2019, true",
      "2023-02-23T00:00,        QD1048_2019, true",
      "2023-02-23T23:59,        QD1048_2019, true",
      "2023-02-23T23:59:59.999, QD1048_2019, true",
      "2023-02-24T00:00,        QD148_2023,  true",
      "2023-02-24T12:00,        QD148_2023,  true",
      "2025-06-30T23:59,        QD148_2023,  true",
      "2025-07-01T00:00,        QD148_2023,  false",
      "2025-07-05T00:00,        QD148_2023,  false",
      "2025-07-05T23:59,        QD148_2023,  false",
      "2025-07-06T00:00,        QD1489_2025, false",
      "2025-07-06T08:30,        QD1489_2025, false",
      "2026-05-21T00:00,        QD1489_2025, false",
      "2026-05-21T23:59,        QD1489_2025, false",
      "2026-05-22T00:00,        QD26_2026,   false",
      "2026-05-22T16:45,        QD26_2026,   false",
      "2031-12-31T23:59,        QD26_2026,   false",
  })
  void theRegimeIsChosenByTheDayTheCommuneReceivedTheDossier(String localDateTime, String regime, boolean districtStage) {
    assertRegime(regimeFor(receivedAt(localDateTime)), regime, districtStage);
  }

  /** No district exists after 1/7/2025 (two-level local government); QĐ 26/2026/QĐ-TTg Art. 4.1: two levels only. */
  @Test
  void aDossierReceivedOnThirdOfJuly2025GoesToNoDistrict() {
    assertRegime(regimeFor(receivedAt("2025-07-03T09:00")), "QD148_2023", false);
  }

  @Test
  void aDossierReceivedBeforeDecision1048WasSignedIsTreatedUnder1048AsTheOldestSupportedRegime() {
    assertRegime(regimeFor(receivedAt("2019-08-20T10:00")), "QD1048_2019", true);
  }

  @Test
  void theDayBefore148TookEffectIsStillUnder1048() {
    assertRegime(regimeFor(receivedAt("2023-02-23T23:59")), "QD1048_2019", true);
  }

  @Test
  void midnightOfTheDay148TookEffectIsUnder148WithADistrictStage() {
    assertRegime(regimeFor(receivedAt("2023-02-24T00:00")), "QD148_2023", true);
  }

  @Test
  void midnightOf6July2025IsUnder1489WithoutADistrictStage() {
    assertRegime(regimeFor(receivedAt("2025-07-06T00:00")), "QD1489_2025", false);
  }

  @Test
  void midnightOf22May2026IsUnder26() {
    assertRegime(regimeFor(receivedAt("2026-05-22T00:00")), "QD26_2026", false);
  }

  @Test
  void aDateIsClassifiedByItsDayInVietnamWhenTheServerRunsInVietnamTime() {
    assumeThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    // 17:00 UTC on 5 July 2025 is midnight of 6 July in Hà Nội
    assertRegime(regimeFor(Date.from(OffsetDateTime.parse("2025-07-06T00:00+07:00").toInstant())), "QD1489_2025", false);
    assertRegime(regimeFor(Date.from(OffsetDateTime.parse("2025-07-05T23:59+07:00").toInstant())), "QD148_2023", false);
    // 17:00 UTC on 30 June 2025 is midnight of 1 July in Hà Nội: the district is gone
    assertRegime(regimeFor(Date.from(OffsetDateTime.parse("2025-07-01T00:00+07:00").toInstant())), "QD148_2023", false);
    assertRegime(regimeFor(Date.from(OffsetDateTime.parse("2025-06-30T23:59+07:00").toInstant())), "QD148_2023", true);
  }

  @Test
  void aStringInCamundasDateFormatIsAcceptedToo() {
    assertRegime(regimeFor("2026-05-21T23:59:59"), "QD1489_2025", false);
    assertRegime(regimeFor("2026-05-22T00:00:00"), "QD26_2026", false);
  }

  @Test
  void withoutADateNoRuleMatches() {
    assertThat(regimeFor(null).getResultList()).isEmpty();
  }

  @Test
  void theTableIsDocumentedForCamundaModeler() {
    EvaluationDecisions.assertDocumentedForModeler("ocopRegime");
  }
}
