package vn.ocop.workflow.dossier;

import static vn.ocop.workflow.evaluation.EvaluationVariables.DOSSIER_STATUS;
import static vn.ocop.workflow.evaluation.EvaluationVariables.LAST_EXPLANATION;
import static vn.ocop.workflow.evaluation.EvaluationVariables.NOTE_KIND;
import static vn.ocop.workflow.evaluation.EvaluationVariables.NOTE_LEVEL;
import static vn.ocop.workflow.evaluation.EvaluationVariables.NOTE_TEXT;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * The Task_Record…Note service tasks: stores a written explanation to the producer (a return for
 * completion, a disqualification, a low rank) with its level and author, moves the dossier to the
 * given status and keeps the text as {@code lastExplanation}, which later forms show. The task's input
 * parameters say what: {@code noteKind}, {@code noteLevel}, {@code noteText}, {@code dossierStatus}.
 */
@Component("recordDossierNoteDelegate")
class RecordDossierNoteDelegate implements JavaDelegate {

  private final DossierMapper mapper;
  private final Notices notices;
  private final ProductDocuments documents;

  RecordDossierNoteDelegate(DossierMapper mapper, Notices notices, ProductDocuments documents) {
    this.mapper = mapper;
    this.notices = notices;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long dossierId = EvaluationVariables.dossierId(execution);
    Object text = execution.getVariable(NOTE_TEXT);
    if (text == null || text.toString().isBlank()) {
      throw new IllegalStateException("No explanation to record at " + execution.getCurrentActivityId());
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    mapper.insertNote(new DossierNote(null, dossierId, LocalDateTime.now(),
        execution.getVariable(NOTE_LEVEL).toString(), execution.getVariable(NOTE_KIND).toString(),
        user == null ? null : user.getUserId(), text.toString().trim()));
    Object average = execution.getVariable(EvaluationVariables.AVERAGE_SCORE);
    Object stars = execution.getVariable(EvaluationVariables.STAR_RANK);
    mapper.updateDossierOutcome(dossierId, execution.getVariable(DOSSIER_STATUS).toString(),
        average == null ? null : new BigDecimal(average.toString()).setScale(2, RoundingMode.HALF_UP),
        stars == null ? null : ((Number) stars).intValue());
    execution.setVariable(LAST_EXPLANATION, text.toString().trim());
    // the producer's letter and notice (issue 19); a return is due by the round's deadline, when there is one
    String kind = execution.getVariable(NOTE_KIND).toString();
    String level = execution.getVariable(NOTE_LEVEL).toString();
    Date deadline = "RETURN".equals(kind) && execution.getVariable(EvaluationVariables.ROUND_DEADLINE) instanceof Date due
        ? due : null;
    Integer starRank = stars == null ? null : ((Number) stars).intValue();
    long productId = EvaluationVariables.productId(execution);
    documents.explanationLetter(productId, dossierId, kind, level, null, text.toString().trim(), deadline, starRank);
    notices.explanation(productId, kind, level, null, text.toString().trim(), deadline, starRank);
  }
}
