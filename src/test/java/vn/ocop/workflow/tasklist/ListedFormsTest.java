package vn.ocop.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which forms a listed task's model names without the engine: those it reports as written, or by one variable. */
class ListedFormsTest {

  @Test
  void aFormNamedInTheModelIsReportedAsWritten() {
    assertThat(ListedForms.declared(null, "screeningCheck", "deployment", null))
        .contains(new ListedForms.Declared(null, "screeningCheck", "deployment", null));
    assertThat(ListedForms.declared(null, " screeningCheck ", "latest", null))
        .contains(new ListedForms.Declared(null, "screeningCheck", "latest", null));
    assertThat(ListedForms.declared("embedded:app:forms/review.html", null, null, null))
        .contains(new ListedForms.Declared("embedded:app:forms/review.html", null, null, null));
  }

  @Test
  void aScoreSheetChosenByOneVariableIsReadFromThatVariable() {
    assertThat(ListedForms.declared(null, "${scoreSheetFormId}", "deployment", null))
        .contains(new ListedForms.Declared(null, null, "deployment", "scoreSheetFormId"));
  }

  @Test
  void aTaskWithoutAFormHasNeither() {
    assertThat(ListedForms.declared(null, null, null, null)).contains(new ListedForms.Declared(null, null, null, null));
  }

  @Test
  void anythingTheEngineWouldHaveToEvaluateIsLeftToTheEngine() {
    assertThat(ListedForms.declared(null, "${sheets.formFor(productSet)}", "deployment", null)).isEmpty();
    assertThat(ListedForms.declared(null, "sheet-#{set}", "latest", null)).isEmpty();
    assertThat(ListedForms.declared(null, "screeningCheck", "version", "3")).isEmpty();
    assertThat(ListedForms.declared(null, "screeningCheck", "versionTag", null)).isEmpty();
    assertThat(ListedForms.declared(null, "screeningCheck", null, null)).isEmpty();
    assertThat(ListedForms.declared("${formKey}", null, null, null)).isEmpty();
    assertThat(ListedForms.declared("embedded:x", "screeningCheck", "deployment", null)).isEmpty();
  }
}
