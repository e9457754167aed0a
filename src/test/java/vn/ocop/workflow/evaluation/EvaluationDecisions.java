package vn.ocop.workflow.evaluation;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import vn.ocop.workflow.testsupport.DmnFile;

/** The decisions of dmn/ocopEvaluation.dmn, for the tests of this package. */
final class EvaluationDecisions {

  static final DmnFile FILE = new DmnFile("dmn/ocopEvaluation.dmn");

  private EvaluationDecisions() {
  }

  static DmnDecision decision(String key) {
    return FILE.decision(key);
  }

  static DmnDecisionResult evaluate(String key, Object... namesAndValues) {
    return FILE.evaluate(key, namesAndValues);
  }

  /** Labels, types, allowed values, a description citing a decision (QĐ) on every rule, and the diagram. */
  static void assertDocumentedForModeler(String decisionId) {
    FILE.assertDocumentedForModeler(decisionId, "QĐ");
  }
}
