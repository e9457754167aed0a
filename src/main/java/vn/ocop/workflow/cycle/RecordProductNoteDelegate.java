package vn.ocop.workflow.cycle;

import static vn.ocop.workflow.product.ProductVariables.LAST_EXPLANATION;
import static vn.ocop.workflow.product.ProductVariables.NOTE_KIND;
import static vn.ocop.workflow.product.ProductVariables.NOTE_LEVEL;
import static vn.ocop.workflow.product.ProductVariables.NOTE_STAGE;
import static vn.ocop.workflow.product.ProductVariables.NOTE_TEXT;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.letter.ProductDocuments;
import vn.ocop.workflow.notice.Notices;
import vn.ocop.workflow.product.ProductTimeline;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.product.TimelineEntry;

/**
 * The Task_Record…Note service tasks of the cycle: puts a decision's written explanation for the producer
 * (defects, a rejection and its advice) on the product's timeline with step, level and author, keeps it
 * as {@code lastExplanation} for the next forms, and writes the producer's letter and notice (for defects
 * and a rejection with the resubmission deadline the model sets). Input parameters: {@code noteStage},
 * {@code noteKind}, {@code noteLevel}, {@code noteText}.
 */
@Component("recordProductNoteDelegate")
class RecordProductNoteDelegate implements JavaDelegate {

  private final ProductTimeline timeline;
  private final ResubmissionWindow resubmissionWindow;
  private final Notices notices;
  private final ProductDocuments documents;

  RecordProductNoteDelegate(ProductTimeline timeline, ResubmissionWindow resubmissionWindow, Notices notices,
      ProductDocuments documents) {
    this.timeline = timeline;
    this.resubmissionWindow = resubmissionWindow;
    this.notices = notices;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object text = execution.getVariable(NOTE_TEXT);
    if (text == null || text.toString().isBlank()) {
      throw new IllegalStateException("No explanation to record at " + execution.getCurrentActivityId());
    }
    String explanation = text.toString().trim();
    String kind = execution.getVariable(NOTE_KIND).toString();
    String level = execution.getVariable(NOTE_LEVEL).toString();
    String stage = execution.getVariable(NOTE_STAGE).toString();
    long productId = ProductVariables.productId(execution);
    timeline.record(TimelineEntry.of(productId, kind, explanation).atStage(stage).atLevel(level));
    execution.setVariable(LAST_EXPLANATION, explanation);
    Date deadline = "DEFECTS".equals(kind) || "REJECTION".equals(kind)
        ? resubmissionWindow.deadline(execution.getVariable("resubmitBy")) : null;
    documents.explanationLetter(productId, null, kind, level, stage, explanation, deadline, null);
    notices.explanation(productId, kind, level, stage, explanation, deadline, null);
  }
}
