package vn.ocop.workflow.form;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Task listener on {@code complete} for every user task with a Camunda Form: validates what was
 * submitted against that form, whichever way the task was completed (Tasklist, REST or Java API).
 * Throwing rolls the completion back: the task stays open and no variable changes. Yes/no choices are
 * then stored as Booleans, which the gateways test.
 */
@Component("formValidationListener")
class FormValidationListener implements TaskListener {

  private final FormService formService;
  private final FormValidator validator;

  FormValidationListener(@Lazy FormService formService, FormValidator validator) {
    this.formService = formService;
    this.validator = validator;
  }

  @Override
  public void notify(DelegateTask task) {
    CamundaFormRef formRef = formService.getTaskFormData(task.getId()).getCamundaFormRef();
    if (formRef == null) {
      throw new IllegalStateException("User task " + task.getTaskDefinitionKey() + " has no Camunda Form to validate");
    }
    validator.validate(formRef.getKey(), task::getVariable);
    validator.booleans(formRef.getKey(), task::getVariable).forEach(task::setVariable);
  }
}
