package vn.ocop.workflow.dossier;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.evaluation.EvaluationVariables;

/** After Task_DetermineRegime: stores on the dossier the legal regime the DMN chose for it. */
@Component("recordRegimeListener")
class RecordRegimeListener implements ExecutionListener {

  private final DossierMapper mapper;

  RecordRegimeListener(DossierMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long dossierId = EvaluationVariables.dossierId(execution);
    // read the decision's own result: this listener does not depend on when output mappings run
    Map<?, ?> decision = (Map<?, ?>) execution.getVariable("regimeDecision");
    mapper.updateDossierRegime(dossierId, (String) decision.get(EvaluationVariables.REGIME));
  }
}
