package vn.ocop.workflow.cycle;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.evaluation.EvaluationVariables;

/**
 * The Task_Record…Note service tasks of the cycle: stores a decision's written explanation for the
 * producer (defects, a rejection and its advice) with stage, level and author, and keeps it as
 * {@code lastExplanation} for the next forms. Input parameters: {@code noteStage}, {@code noteKind},
 * {@code noteLevel}, {@code noteText}.
 */
@Component("recordProductNoteDelegate")
class RecordProductNoteDelegate implements JavaDelegate {

  private final CycleMapper mapper;

  RecordProductNoteDelegate(CycleMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object text = execution.getVariable(EvaluationVariables.NOTE_TEXT);
    if (text == null || text.toString().isBlank()) {
      throw new IllegalStateException("No explanation to record at " + execution.getCurrentActivityId());
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    mapper.insertNote(EvaluationVariables.productId(execution),
        execution.getVariable("noteStage").toString(), execution.getVariable(EvaluationVariables.NOTE_LEVEL).toString(),
        execution.getVariable(EvaluationVariables.NOTE_KIND).toString(), user == null ? null : user.getUserId(),
        text.toString().trim(), LocalDateTime.now());
    execution.setVariable(EvaluationVariables.LAST_EXPLANATION, text.toString().trim());
  }
}
