package vn.ocop.workflow.dossier;

import static vn.ocop.workflow.evaluation.EvaluationVariables.DOSSIER_STATUS;
import static vn.ocop.workflow.product.ProductVariables.LAST_EXPLANATION;
import static vn.ocop.workflow.product.ProductVariables.NOTE_KIND;
import static vn.ocop.workflow.product.ProductVariables.NOTE_LEVEL;
import static vn.ocop.workflow.product.ProductVariables.NOTE_TEXT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.letter.ProductDocuments;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.notice.Notices;
import vn.ocop.workflow.product.ProductTimeline;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.product.TimelineEntry;

/**
 * The Task_Record…Note service tasks of a dossier: puts a written explanation to the producer (a return
 * for completion, a disqualification, a low rank) on the product's timeline with its level and author,
 * moves the dossier to the given status and keeps the text as {@code lastExplanation}, which later forms
 * show. The task's input parameters say what: {@code noteKind}, {@code noteLevel}, {@code noteText},
 * {@code dossierStatus}.
 */
@Component("recordDossierNoteDelegate")
class RecordDossierNoteDelegate implements JavaDelegate {

  private final DossierMapper mapper;
  private final ProductTimeline timeline;
  private final Notices notices;
  private final ProductDocuments documents;

  RecordDossierNoteDelegate(DossierMapper mapper, ProductTimeline timeline, Notices notices, ProductDocuments documents) {
    this.mapper = mapper;
    this.timeline = timeline;
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
    String kind = execution.getVariable(NOTE_KIND).toString();
    String level = execution.getVariable(NOTE_LEVEL).toString();
    long productId = ProductVariables.productId(execution);
    timeline.record(TimelineEntry.of(productId, kind, text.toString().trim()).atLevel(level).ofDossier(dossierId));
    Object average = execution.getVariable(EvaluationVariables.AVERAGE_SCORE);
    Object stars = execution.getVariable(EvaluationVariables.STAR_RANK);
    mapper.updateDossierOutcome(dossierId, execution.getVariable(DOSSIER_STATUS).toString(),
        average == null ? null : new BigDecimal(average.toString()).setScale(2, RoundingMode.HALF_UP),
        stars == null ? null : ((Number) stars).intValue());
    execution.setVariable(LAST_EXPLANATION, text.toString().trim());
    // the producer's letter and notice (issue 19); a return is due by the round's deadline, when there is one
    Date deadline = "RETURN".equals(kind) && execution.getVariable(EvaluationVariables.ROUND_DEADLINE) instanceof Date due
        ? due : null;
    Integer starRank = stars == null ? null : ((Number) stars).intValue();
    documents.explanationLetter(productId, dossierId, kind, level, null, text.toString().trim(), deadline, starRank);
    notices.explanation(productId, kind, level, null, text.toString().trim(), deadline, starRank);
  }
}
