package vn.ocop.workflow.evaluation;

import static vn.ocop.workflow.evaluation.EvaluationVariables.AVAILABLE_COUNCIL_MEMBERS;
import static vn.ocop.workflow.evaluation.EvaluationVariables.PROPOSED_ON;
import static vn.ocop.workflow.evaluation.EvaluationVariables.ROUND_DEADLINE;
import static vn.ocop.workflow.evaluation.EvaluationVariables.ROUND_NAME;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/**
 * Task_AssignRound: puts the dossier into the province round its proposal date falls in (name and
 * deadline, which the convening task is due by and whose passing is reported) and lists the council
 * members the province officer can convene.
 */
@Component("assignEvaluationRoundDelegate")
class AssignEvaluationRoundDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Date proposed = (Date) execution.getVariable(PROPOSED_ON);
    LocalDate proposedOn = proposed.toInstant().atZone(EngineClock.ZONE).toLocalDate();
    EvaluationRounds.Round round = EvaluationRounds.provinceRound(proposedOn);
    execution.setVariable(ROUND_NAME, round.name());
    execution.setVariable(ROUND_DEADLINE, round.deadlineEndOfDay());
    execution.setVariable(AVAILABLE_COUNCIL_MEMBERS,
        CouncilMembers.options(execution.getProcessEngineServices().getIdentityService()));
  }
}
