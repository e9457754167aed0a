package vn.ocop.workflow.dossier;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.evaluation.EvaluationVariables;

/**
 * Records the days of the two proposals that set a dossier's evaluation round (Art. 5 QĐ 26/2026/QĐ-TTg),
 * from execution listeners of productEvaluation's flows:
 * {@code ${dossierProposals.communeProposed(execution)}} when the commune's review finds the dossier complete
 * and sends it on (Art. 5.1: the province's rounds), {@code ${dossierProposals.ministryProposed(execution)}}
 * when the province sends a dossier of 90 points or more to the Ministry (Art. 5.2: the Ministry's rounds).
 */
@Component("dossierProposals")
public class DossierProposals {

  private final DossierMapper mapper;

  DossierProposals(DossierMapper mapper) {
    this.mapper = mapper;
  }

  /** The day of the commune's proposal: the day its review was completed ({@code proposedOn}), today without it. */
  public void communeProposed(DelegateExecution execution) {
    Object proposed = execution.getVariable(EvaluationVariables.PROPOSED_ON);
    mapper.updateProposedOn(EvaluationVariables.dossierId(execution),
        proposed instanceof Date date ? EngineClock.dateOf(date) : EngineClock.today());
  }

  public void ministryProposed(DelegateExecution execution) {
    mapper.updateMinistryProposedOn(EvaluationVariables.dossierId(execution), EngineClock.today());
  }
}
