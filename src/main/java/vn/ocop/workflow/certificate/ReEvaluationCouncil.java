package vn.ocop.workflow.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.evaluation.CouncilMembers;

/**
 * The council of a re-evaluation in expressions: the members asked for written opinions, as the
 * collection of Task_GiveWrittenOpinion ({@code ${reEvaluationCouncil.members(councilMembers)}}), and
 * its deadline, 45 days after the dossier was complete (Art. 7.6.g), the end of that day.
 */
@Component("reEvaluationCouncil")
public class ReEvaluationCouncil {

  static final int RESULT_WITHIN_DAYS = 45;

  public List<String> members(Object checklist) {
    return new ArrayList<>(CouncilMembers.ids(checklist));
  }

  /** {@code null} while the dossier is not complete. */
  public Date deadline(VariableScope scope) {
    Object completeOn = scope.getVariable(LifecycleVariables.DOSSIER_COMPLETE_ON);
    if (completeOn == null || completeOn.toString().isBlank()) {
      return null;
    }
    return EngineClock.startOf(LocalDate.parse(completeOn.toString().trim()).plusDays(RESULT_WITHIN_DAYS + 1));
  }
}
