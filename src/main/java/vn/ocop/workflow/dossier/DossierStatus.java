package vn.ocop.workflow.dossier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.evaluation.EvaluationVariables;

/**
 * Sets a dossier's status from an end event's listener:
 * {@code camunda:expression="${dossierStatus.set(execution, 'WITHDRAWN')}"}.
 */
@Component("dossierStatus")
public class DossierStatus {

  private final DossierMapper mapper;

  DossierStatus(DossierMapper mapper) {
    this.mapper = mapper;
  }

  public void set(DelegateExecution execution, String status) {
    mapper.updateDossierStatus(EvaluationVariables.dossierId(execution), status);
  }
}
