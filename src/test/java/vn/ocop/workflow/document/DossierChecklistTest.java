package vn.ocop.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** QĐ 26/2026/QĐ-TTg Art. 6.1: what each kind of dossier must contain. */
class DossierChecklistTest {

  @Test
  void aFirstRecognitionNeedsTheRegistrationFormAndTheSelfAssessment() {
    assertThat(DossierChecklist.of("EVALUATION", "FIRST").required)
        .containsExactly(DocumentKind.REGISTRATION_FORM, DocumentKind.SELF_ASSESSMENT);
  }

  @Test
  void anUpgradeAlsoNeedsEvidenceOfWhatChanged() {
    assertThat(DossierChecklist.of("EVALUATION", "UPGRADE").required).contains(DocumentKind.CHANGE_EVIDENCE);
  }

  @Test
  void aReEvaluationAlsoNeedsWhatIsNewSinceTheRecognition() {
    assertThat(DossierChecklist.of("CERTIFIED", "RE_EVALUATION").required).contains(DocumentKind.UPDATE_EVIDENCE);
  }

  @Test
  void theIdeaAndPlanStagesNeedTheIdeaFormAndTheBusinessPlan() {
    assertThat(DossierChecklist.of("IDEA", null).required).containsExactly(DocumentKind.IDEA_FORM);
    assertThat(DossierChecklist.of("BUSINESS_PLAN", null).required).containsExactly(DocumentKind.BUSINESS_PLAN);
  }

  @Test
  void aProductWithoutStageOrDossierGetsTheFirstRecognitionChecklist() {
    assertThat(DossierChecklist.of(null, null)).isEqualTo(DossierChecklist.FIRST);
  }
}
