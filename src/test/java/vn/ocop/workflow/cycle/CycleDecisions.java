package vn.ocop.workflow.cycle;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.w3c.dom.Element;
import vn.ocop.workflow.testsupport.DmnFile;

/** The decisions of dmn/ocopEligibility.dmn, for the tests of this package. */
final class CycleDecisions {

  static final DmnFile FILE = new DmnFile("dmn/ocopEligibility.dmn");

  private CycleDecisions() {
  }

  static DmnDecisionResult evaluate(String key, Object... namesAndValues) {
    return FILE.evaluate(key, namesAndValues);
  }

  static void assertDocumentedForModeler(String decisionId, String legalBasis) {
    FILE.assertDocumentedForModeler(decisionId, legalBasis);
  }

  static List<Element> informationRequirements(String decisionId) {
    return FILE.informationRequirements(decisionId);
  }

  static String description(String decisionId) {
    return FILE.description(decisionId);
  }
}
