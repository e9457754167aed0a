package vn.ocop.workflow.evaluation;

import static vn.ocop.workflow.evaluation.EvaluationVariables.AVAILABLE_COUNCIL_MEMBERS;
import static vn.ocop.workflow.evaluation.EvaluationVariables.PROPOSED_ON;
import static vn.ocop.workflow.evaluation.EvaluationVariables.ROUND_DEADLINE;
import static vn.ocop.workflow.evaluation.EvaluationVariables.ROUND_NAME;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.identity.OcopGroups;

/**
 * Task_AssignRound: puts the dossier into the province round its proposal date falls in (name and
 * deadline, which the convening task is due by and whose passing is reported) and lists the council
 * members the province officer can convene.
 */
@Component("assignEvaluationRoundDelegate")
class AssignEvaluationRoundDelegate implements JavaDelegate {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void execute(DelegateExecution execution) {
    Date proposed = (Date) execution.getVariable(PROPOSED_ON);
    LocalDate proposedOn = proposed.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    EvaluationRounds.Round round = EvaluationRounds.provinceRound(proposedOn);
    execution.setVariable(ROUND_NAME, round.name());
    execution.setVariable(ROUND_DEADLINE, round.deadlineEndOfDay());

    // Vietnamese order: by given name (lastName), then the rest; the database would put "Đức" after "Tuấn"
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    List<User> members = execution.getProcessEngineServices().getIdentityService().createUserQuery()
        .memberOfGroup(OcopGroups.COUNCIL_MEMBERS).list().stream()
        .sorted(Comparator.comparing(User::getLastName, vietnamese).thenComparing(User::getFirstName, vietnamese))
        .toList();
    List<Map<String, String>> options = members.stream()
        .map(user -> Map.of("label", user.getFirstName() + " " + user.getLastName() + " (" + user.getId() + ")",
            "value", user.getId()))
        .toList();
    // A Json variable, as form-js itself submits lists: the checklist of the convening form reads its options here.
    execution.setVariable(AVAILABLE_COUNCIL_MEMBERS, SpinValues.jsonValue(JSON.valueToTree(options).toString()).create());
  }
}
