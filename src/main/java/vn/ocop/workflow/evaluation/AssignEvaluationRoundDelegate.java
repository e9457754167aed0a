package vn.ocop.workflow.evaluation;

import static vn.ocop.workflow.evaluation.EvaluationVariables.AVAILABLE_COUNCIL_MEMBERS;
import static vn.ocop.workflow.evaluation.EvaluationVariables.DOSSIER_TYPE;
import static vn.ocop.workflow.evaluation.EvaluationVariables.REGIME;
import static vn.ocop.workflow.evaluation.EvaluationVariables.PROPOSED_ON;
import static vn.ocop.workflow.evaluation.EvaluationVariables.ROUND_DEADLINE;
import static vn.ocop.workflow.evaluation.EvaluationVariables.ROUND_NAME;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
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
    EvaluationRounds.Round round = transitionLimit(execution, EvaluationRounds.provinceRound(proposedOn));
    execution.setVariable(ROUND_NAME, round.name());
    execution.setVariable(ROUND_DEADLINE, round.deadlineEndOfDay());
    execution.setVariable(AVAILABLE_COUNCIL_MEMBERS,
        CouncilMembers.options(execution.getProcessEngineServices().getIdentityService()));
  }

  /**
   * Art. 12.2 QĐ 26/2026/QĐ-TTg: a dossier of the 2021-2025 regimes is finished within 60 days (first, upgrade) or
   * 30 days (re-evaluation) of 22/5/2026, whatever its round says. The limit is decision transitionDeadline.
   */
  static EvaluationRounds.Round transitionLimit(DelegateExecution execution, EvaluationRounds.Round round) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("regime", execution.getVariable(REGIME));
    inputs.put("dossierType", execution.getVariable(DOSSIER_TYPE));
    DmnDecisionResult result = execution.getProcessEngineServices().getDecisionService()
        .evaluateDecisionByKey("transitionDeadline").variables(inputs).evaluate();
    if (result.isEmpty()) {
      return round;
    }
    LocalDate completeBy = LocalDate.parse(result.getSingleResult().<String>getEntry("completeBy"));
    return completeBy.isBefore(round.deadline())
        ? new EvaluationRounds.Round("Chuyển tiếp (Điều 12 khoản 2 QĐ 26/2026/QĐ-TTg), hoàn thành trước ngày "
            + completeBy.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), completeBy, round.proposalCutOff())
        : round;
  }
}
