package vn.ocop.workflow.cycle;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.evaluation.EvaluationVariables;

/** On completing Task_RecordActivity: stores one trade-promotion activity carried out for the product. */
@Component("promotionActivityListener")
class PromotionActivityListener implements TaskListener {

  private final CycleMapper mapper;

  PromotionActivityListener(CycleMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateTask task) {
    mapper.insertPromotionActivity(ProductVariables.productId(task),
        task.getVariable(CycleVariables.PROMOTION_ACTIVITY).toString(),
        task.getVariable(CycleVariables.ACTIVITY_DETAILS).toString().trim(),
        LocalDate.parse(task.getVariable(CycleVariables.ACTIVITY_DONE_ON).toString().trim()), EngineClock.dateTime());
  }
}
