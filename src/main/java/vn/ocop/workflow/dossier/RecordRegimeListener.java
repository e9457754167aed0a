package vn.ocop.workflow.dossier;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.evaluation.EvaluationVariables;

/** After Task_DetermineRegime: stores on the dossier the legal regime the DMN chose for it. */
@Component("recordRegimeListener")
class RecordRegimeListener implements ExecutionListener {

  /** What the engine calls a business rule task's result while the task ends, a transient variable. */
  static final String DECISION_RESULT = "decisionResult";

  private final DossierMapper mapper;

  RecordRegimeListener(DossierMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long dossierId = EvaluationVariables.dossierId(execution);
    // read the decision's own result (the engine's transient decisionResult, never stored): this listener does
    // not depend on when output mappings run
    DmnDecisionResult decision = (DmnDecisionResult) execution.getVariable(DECISION_RESULT);
    mapper.updateDossierRegime(dossierId, decision.getSingleResult().getEntry(EvaluationVariables.REGIME));
  }
}
