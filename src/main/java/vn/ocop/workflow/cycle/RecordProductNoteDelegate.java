package vn.ocop.workflow.cycle;

import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.document.ProductDocuments;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.notice.Notices;

/**
 * The Task_Record…Note service tasks of the cycle: stores a decision's written explanation for the
 * producer (defects, a rejection and its advice) with stage, level and author, and keeps it as
 * {@code lastExplanation} for the next forms. Input parameters: {@code noteStage}, {@code noteKind},
 * {@code noteLevel}, {@code noteText}.
 */
@Component("recordProductNoteDelegate")
class RecordProductNoteDelegate implements JavaDelegate {

  private final CycleMapper mapper;
  private final ResubmissionWindow resubmissionWindow;
  private final Notices notices;
  private final ProductDocuments documents;

  RecordProductNoteDelegate(CycleMapper mapper, ResubmissionWindow resubmissionWindow, Notices notices,
      ProductDocuments documents) {
    this.mapper = mapper;
    this.resubmissionWindow = resubmissionWindow;
    this.notices = notices;
    this.documents = documents;
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
    // the producer's letter and notice (issue 19); DEFECTS and REJECTION: the resubmission deadline the model sets
    String kind = execution.getVariable(EvaluationVariables.NOTE_KIND).toString();
    String level = execution.getVariable(EvaluationVariables.NOTE_LEVEL).toString();
    String stage = execution.getVariable("noteStage").toString();
    Date deadline = "DEFECTS".equals(kind) || "REJECTION".equals(kind)
        ? resubmissionWindow.deadline(execution.getVariable("resubmitBy")) : null;
    long productId = EvaluationVariables.productId(execution);
    documents.explanationLetter(productId, null, kind, level, stage, text.toString().trim(), deadline, null);
    notices.explanation(productId, kind, level, stage, text.toString().trim(), deadline, null);
  }
}
