package vn.ocop.workflow.product;

import static vn.ocop.workflow.product.ProductVariables.LAST_EXPLANATION;
import static vn.ocop.workflow.product.ProductVariables.NOTE_KIND;
import static vn.ocop.workflow.product.ProductVariables.NOTE_LEVEL;
import static vn.ocop.workflow.product.ProductVariables.NOTE_STAGE;
import static vn.ocop.workflow.product.ProductVariables.NOTE_TEXT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The Task_Record…Note service tasks of the cycle: puts a decision's written explanation for the producer
 * (defects, a rejection and its advice) on the product's timeline with step, level and author, and keeps
 * it as {@code lastExplanation} for the next forms. Input parameters: {@code noteStage}, {@code noteKind},
 * {@code noteLevel}, {@code noteText}.
 */
@Component("recordProductNoteDelegate")
class RecordProductNoteDelegate implements JavaDelegate {

  private final ProductTimeline timeline;

  RecordProductNoteDelegate(ProductTimeline timeline) {
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object text = execution.getVariable(NOTE_TEXT);
    if (text == null || text.toString().isBlank()) {
      throw new IllegalStateException("No explanation to record at " + execution.getCurrentActivityId());
    }
    timeline.record(TimelineEntry.of(ProductVariables.productId(execution), execution.getVariable(NOTE_KIND).toString(),
            text.toString().trim())
        .atStage(execution.getVariable(NOTE_STAGE).toString())
        .atLevel(execution.getVariable(NOTE_LEVEL).toString()));
    execution.setVariable(LAST_EXPLANATION, text.toString().trim());
  }
}
