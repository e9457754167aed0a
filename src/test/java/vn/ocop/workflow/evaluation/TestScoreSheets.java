package vn.ocop.workflow.evaluation;

import org.camunda.bpm.engine.variable.VariableMap;
import vn.ocop.workflow.criteria.CriteriaSet;

/** Score-sheet submissions for the tests of other features (the full cycle). */
public final class TestScoreSheets {

  private TestScoreSheets() {
  }

  /** A council member's sheet on {@code set} totalling {@code total}, every minimum kept where possible. */
  public static VariableMap answers(CriteriaSet set, int total) {
    return ScoreSheetAnswers.on(set).total(total).asSubmission();
  }
}
