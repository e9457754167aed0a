package vn.ocop.workflow.certificate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/**
 * Task_RemindReEvaluation, every 14 days while the re-evaluation window is open: records the reminder
 * and sets the follow-up date of the commune's open task to now, so that it comes up in the commune's
 * list again.
 */
@Component("remindReEvaluationDelegate")
class RemindReEvaluationDelegate implements JavaDelegate {

  static final String RECEIVE_TASK = "Task_ReceiveReEvaluationDossier";

  private final CertificateEvents events;

  RemindReEvaluationDelegate(CertificateEvents events) {
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(RECEIVE_TASK).list()) {
      task.setFollowUpDate(EngineClock.now());
      tasks.saveTask(task);
    }
    events.record(execution, "REMINDER", "Nhắc chủ thể nộp hồ sơ đánh giá lại "
        + execution.getVariable(LifecycleVariables.RE_EVALUATION_WINDOW_TEXT) + ".");
  }
}
