package vn.ocop.workflow.cycle;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.form.FormValues;

/** On completing Task_RecordAttendance: stores whether the producer attended training 1 or 2. */
@Component("trainingAttendanceListener")
class TrainingAttendanceListener implements TaskListener {

  private final CycleMapper mapper;

  TrainingAttendanceListener(CycleMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues values = new FormValues(task::getVariable);
    String date = values.text(CycleVariables.TRAINING_DATE);
    mapper.insertAttendance(ProductVariables.productId(task),
        ((Number) task.getVariable(CycleVariables.TRAINING_NUMBER)).intValue(),
        values.isTrue(CycleVariables.ATTENDED), date == null ? null : LocalDate.parse(date),
        values.text(CycleVariables.ATTENDEE_NAME), EngineClock.dateTime());
  }
}
