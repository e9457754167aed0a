package vn.ocop.workflow.cycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/** On completing Task_HandleSupportRequest: records what was done for the request. */
@Component("supportOutcomeListener")
class SupportOutcomeListener implements TaskListener {

  private final CycleMapper mapper;

  SupportOutcomeListener(CycleMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateTask task) {
    mapper.updateSupportOutcome(((Number) task.getVariable(CycleVariables.SUPPORT_REQUEST_ID)).longValue(),
        task.getVariable(CycleVariables.SUPPORT_OUTCOME).toString().trim(), EngineClock.dateTime());
  }
}
